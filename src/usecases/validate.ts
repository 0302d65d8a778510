// Use case: check the registries, the item list and the annual plan (SPEC §2) without writing anything.
import type { Inspector, WorkbookData } from '../core/model';
import type { Problem } from '../core/messages/problem';
import { parseAddress } from '../core/text';
import type { ProgressReporter, WorkbookPort } from '../workbook/port';
import { parseWorkbook } from '../core/validate';
import { todayInChina, sheetsToValidate } from './state';
import { HEADER_ROWS_READ, productHeaderProblems } from './product-header';
import { resultEntryProblems } from './status';
import { LOG_COLUMNS, RESULT_DRAW_COLUMNS, SHEETS, SNAPSHOT_COLUMNS, type ColumnDef } from '../core/schema';
import { readTable } from '../core/table';
import type { RegistryCounts, ValidationReport } from './types';

export { VALIDATED_SHEETS, sheetsToValidate } from './state';

export interface ValidateOptions {
  /** ISO date against which certificates count as valid (default: today in China). */
  today?: string;
}

/** An inspector who could be drawn today: 在岗, and for 执法人员 a certificate valid through today. */
function availableToday(inspector: Inspector, today: string): boolean {
  if (!inspector.onDuty) return false;
  if (inspector.category !== '执法人员') return true;
  return inspector.certificateExpiry !== null && inspector.certificateExpiry >= today;
}

export function registryCounts(data: WorkbookData, today: string): RegistryCounts {
  const pairs = new Set<string>();
  for (const pair of data.avoidance) pairs.add(`${pair.inspectorId}\t${pair.objectId}`);
  for (const inspector of data.inspectors) for (const objectId of inspector.avoidObjectIds) pairs.add(`${inspector.id}\t${objectId}`);
  return {
    objects: data.objects.length,
    activeObjects: data.objects.filter((o) => o.active).length,
    inspectors: data.inspectors.length,
    eligibleInspectors: data.inspectors.filter((i) => availableToday(i, today)).length,
    items: data.items.length,
    tasks: data.tasks.length,
    avoidancePairs: pairs.size,
  };
}

function place(problem: Problem, sheetOrder: ReadonlyMap<string, number>): [number, number, number] {
  if (!problem.sheet) return [-1, -1, -1];
  const sheet = sheetOrder.get(problem.sheet) ?? sheetOrder.size;
  const first = problem.cell?.split(':')[0];
  if (!first || !/^[A-Z]+\d+$/i.test(first)) return [sheet, -1, -1];
  const { row, col } = parseAddress(first);
  return [sheet, row, col];
}

/**
 * Workbook-wide problems first, then by sheet in workbook order (sheets not in the workbook after
 * them), row, column; the parser's order is kept among equals.
 */
export function sortProblems(problems: readonly Problem[], sheetNames: readonly string[]): Problem[] {
  const order = new Map(sheetNames.map((name, i) => [name, i]));
  const keyed = problems.map((problem, index) => ({ problem, index, key: place(problem, order) }));
  keyed.sort((a, b) => {
    if (a.key[0] !== b.key[0]) return a.key[0] - b.key[0];
    const sa = a.problem.sheet ?? '';
    const sb = b.problem.sheet ?? '';
    if (sa !== sb) return sa < sb ? -1 : 1;
    return a.key[1] - b.key[1] || a.key[2] - b.key[2] || a.index - b.index;
  });
  return keyed.map((k) => k.problem);
}

export async function validateWorkbook(
  port: WorkbookPort,
  progress?: ProgressReporter,
  options: ValidateOptions = {},
): Promise<ValidationReport> {
  const sheetNames = await port.listSheets();
  const sheets = await port.readSheets(sheetsToValidate(sheetNames), progress);
  const { data, problems } = parseWorkbook(sheets);
  const entries = await resultEntryProblems(port, sheetNames, data);
  const sorted = sortProblems([...problems, ...(await productHeaders(port, sheetNames)), ...entries], sheetNames);
  return {
    problems: sorted,
    errors: sorted.filter((p) => p.severity === 'error').length,
    warnings: sorted.filter((p) => p.severity === 'warning').length,
    counts: registryCounts(data, options.today ?? todayInChina()),
    tasks: data.tasks.map((task) => ({ taskId: task.taskId, taskName: task.taskName })),
  };
}

/** The product sheets and the columns the product writes into them. */
const PRODUCT_SHEETS: ReadonlyArray<[string, readonly ColumnDef[]]> = [
  [SHEETS.results, RESULT_DRAW_COLUMNS],
  [SHEETS.log, LOG_COLUMNS],
  [SHEETS.snapshot, SNAPSHOT_COLUMNS],
];

/**
 * What would refuse the next draw in the product sheets' headers (a title row above one, a copied or
 * missing column), told while checking, before a draw is tried. Only their first rows are read.
 */
async function productHeaders(port: WorkbookPort, sheetNames: readonly string[]): Promise<Problem[]> {
  const present = PRODUCT_SHEETS.filter(([sheet]) => sheetNames.includes(sheet));
  if (present.length === 0) return [];
  const heads = await port.readSheets(present.map(([sheet]) => sheet), undefined, { maxRows: HEADER_ROWS_READ });
  return present.flatMap(([sheet, columns]) => {
    const values = heads.get(sheet);
    return values ? productHeaderProblems(readTable(sheet, values), sheet, columns) : [];
  });
}
