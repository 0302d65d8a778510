// TEMPORARY: stand-ins for src/core/validate.ts and src/core/sample/ until they land. Delete then.
import type { SheetValues } from '../workbook/port';
import type { WorkbookData } from '../core/model';
import type { Problem } from '../core/messages/problem';
import type { CellValue } from '../core/text';

export function parseWorkbook(_sheets: ReadonlyMap<string, SheetValues>): { data: WorkbookData; problems: Problem[] } {
  return {
    data: { objects: [], inspectors: [], avoidance: [], departments: new Map(), items: [], tasks: [], ledger: [], holidays: [] },
    problems: [],
  };
}

export function sampleSheets(): Array<{ name: string; rows: CellValue[][] }> {
  return [];
}

export function samplePlanRows(): CellValue[][] {
  return [];
}
