// Numbers as a Chinese clerk reads them: every digit, with thousands separators (100,000).
const GROUPED = new Intl.NumberFormat('zh-CN', { useGrouping: true, maximumFractionDigits: 2 });

export function formatCount(n: number): string {
  return GROUPED.format(n);
}
