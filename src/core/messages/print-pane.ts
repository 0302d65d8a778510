// The pane's printable records (SPEC §3.8, issue 13): opening, printing and copying the full hashes.
export const PRINT_UI = {
  open: '打印记录',
  close: '关闭记录',
  print: '打印',
  printHint: '打印本页，由操作人、见证人和监督人当场签字。',
  copy: '复制',
  copyLabel: (what: string) => `复制${what}`,
  copied: '已复制',
  /** When the clipboard is not allowed: the text is selected for Ctrl+C. */
  selected: '已选中，请按 Ctrl+C 复制',
};
