// 年度抽查计划 in the layout of the plan's Annex 3: a title row merged across, then the header row
// (Annex 3 columns, then the machine columns) that readers find by 抽查任务编号 (SPEC §2).
import type { LayoutSheetSpec } from '../sheet-specs';
import { estimateRowHeights } from './row-heights';
import { PLAN_COLUMNS, SHEETS } from '../schema';
import { cellAddress } from '../text';

export interface PlanLayoutOptions {
  /** Plan year; default 2024. */
  year?: number;
  /** The department that issues the plan; default 清河县交通运输局. */
  unit?: string;
}

export const DEFAULT_PLAN_UNIT = '清河县交通运输局';
/** 1-based row of the header in the drawn layout (the title is row 1). */
export const PLAN_HEADER_ROW = 2;

/** `2024年清河县交通运输局“双随机、一公开”抽查工作计划` (Annex 3's title). */
export function planTitle(year = 2024, unit = DEFAULT_PLAN_UNIT): string {
  return `${year}年${unit}“双随机、一公开”抽查工作计划`;
}

export function planLayout(options: PlanLayoutOptions = {}): LayoutSheetSpec {
  const last = PLAN_COLUMNS.length - 1;
  const header = PLAN_COLUMNS.map((column, col) => ({
    address: cellAddress(PLAN_HEADER_ROW - 1, col),
    value: column.header,
    style: 'header' as const,
  }));
  const cells = [{ address: 'A1', value: planTitle(options.year, options.unit), style: 'title' as const }, ...header];
  const merges = [`A1:${cellAddress(0, last)}`];
  const columnWidths = PLAN_COLUMNS.map((column) => column.width ?? 12);
  return {
    name: SHEETS.plan,
    cells,
    merges,
    columnWidths,
    rowHeights: estimateRowHeights(cells, merges, columnWidths),
    headerRow: PLAN_HEADER_ROW,
    columns: PLAN_COLUMNS,
  };
}
