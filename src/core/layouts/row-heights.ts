// Row heights for drawn layouts. Excel does not grow a row for wrapped text in merged cells, so a
// layout states the heights its labels need: estimated from each label's length against the width of
// the columns it spans (a CJK character is about two of Excel's width units).
import type { LayoutSheetSpec } from '../sheet-specs';
import { parseAddress } from '../text';

const LINE_POINTS = 15;
const TITLE_LINE_POINTS = 24;
const PADDING_POINTS = 4;
const DEFAULT_POINTS = 15;

function textUnits(text: string): number {
  let units = 0;
  for (const ch of text) units += ch.codePointAt(0)! >= 0x2e80 ? 2 : 1;
  return units;
}

function spanOf(address: string, merges: readonly string[]): { top: number; bottom: number; left: number; right: number } {
  const at = parseAddress(address);
  for (const merge of merges) {
    const [from, to] = merge.split(':').map(parseAddress);
    if (from.row === at.row && from.col === at.col) return { top: from.row, bottom: to.row, left: from.col, right: to.col };
  }
  return { top: at.row, bottom: at.row, left: at.col, right: at.col };
}

/** 1-based row → points, for the rows that need more than the default height. */
export function estimateRowHeights(
  cells: LayoutSheetSpec['cells'],
  merges: readonly string[],
  columnWidths: readonly number[],
): Record<number, number> {
  const heights: Record<number, number> = {};
  for (const cell of cells) {
    if (typeof cell.value !== 'string' || cell.value === '') continue;
    const span = spanOf(cell.address, merges);
    let width = 0;
    for (let c = span.left; c <= span.right; c++) width += columnWidths[c] ?? 9;
    const scale = cell.style === 'title' ? 1.5 : 1;
    const lines = cell.value
      .split('\n')
      .reduce((sum, part) => sum + Math.max(1, Math.ceil((textUnits(part) * scale) / Math.max(width, 1) - 1e-9)), 0);
    if (lines === 1 && cell.style !== 'title') continue;
    const needed = lines * (cell.style === 'title' ? TITLE_LINE_POINTS : LINE_POINTS) + PADDING_POINTS;
    const perRow = Math.ceil(needed / (span.bottom - span.top + 1));
    if (perRow <= DEFAULT_POINTS) continue;
    for (let r = span.top; r <= span.bottom; r++) heights[r + 1] = Math.max(heights[r + 1] ?? 0, perRow);
  }
  return heights;
}
