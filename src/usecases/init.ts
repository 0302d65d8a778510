// Use case: add the sheets of SPEC §2 that are missing (never touching existing ones), optionally with
// the sample data of the Qinghe 2024 plan in the sheets it creates.
import { ANNEX1, ANNEX2, planLayout } from '../core/layouts';
import { PLAN_COLUMNS, SHEETS, TABLE_SHEETS, type ColumnDef } from '../core/schema';
import { headerKey, type CellValue } from '../core/text';
import type { WorkbookChange, WorkbookPort } from '../workbook/port';
import { samplePlanRows, sampleSheets } from '../core/sample';

export interface TemplateOptions {
  /** Fill the sheets created now with the sample rows. */
  sample?: boolean;
}

/** Every sheet the template holds, in workbook order: the plan, the tables, then the report layouts. */
export function templateChanges(): WorkbookChange[] {
  return [
    { kind: 'createLayoutSheet', spec: planLayout() },
    ...TABLE_SHEETS.map((sheet): WorkbookChange => ({ kind: 'createTableSheet', spec: sheet })),
    { kind: 'createLayoutSheet', spec: ANNEX1.spec },
    { kind: 'createLayoutSheet', spec: ANNEX2.spec },
  ];
}

function createdName(change: WorkbookChange): string {
  return change.kind === 'createTableSheet' || change.kind === 'createLayoutSheet' ? change.spec.name : '';
}

function formatsOf(columns: readonly ColumnDef[]): Array<ColumnDef['format']> {
  return columns.map((column) => column.format);
}

/** The sample rows of the sheets in `created`, as appends in the columns' formats. */
function sampleChanges(created: ReadonlySet<string>): WorkbookChange[] {
  const rowsBySheet = new Map<string, CellValue[][]>(sampleSheets().map((s) => [s.name, s.rows]));
  rowsBySheet.set(SHEETS.plan, samplePlanRows());
  const columnsBySheet = new Map<string, readonly ColumnDef[]>(TABLE_SHEETS.map((s) => [s.name, s.columns]));
  columnsBySheet.set(SHEETS.plan, PLAN_COLUMNS);
  const changes: WorkbookChange[] = [];
  for (const [sheet, rows] of rowsBySheet) {
    if (!created.has(sheet) || rows.length === 0) continue;
    const columns = columnsBySheet.get(sheet);
    changes.push({ kind: 'appendRows', sheet, rows, formats: columns ? formatsOf(columns) : undefined });
  }
  return changes;
}

export async function createTemplate(port: WorkbookPort, options: TemplateOptions = {}): Promise<{ created: string[] }> {
  // A sheet counts as present under the names the parser accepts for it (other white space, full-width forms).
  const sheetKey = (name: string) => headerKey(name).toLowerCase();
  const existing = new Set((await port.listSheets()).map(sheetKey));
  const creations = templateChanges().filter((change) => !existing.has(sheetKey(createdName(change))));
  const created = creations.map(createdName);
  const changes = options.sample ? [...creations, ...sampleChanges(new Set(created))] : creations;
  if (changes.length > 0) await port.apply(changes);
  return { created };
}
