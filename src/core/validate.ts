// Reading the whole workbook (SPEC §2): every sheet's raw values → WorkbookData, with every problem
// named by sheet and cell. Pure: the use cases hand in the values the workbook port read.
import type { DepartmentAliases, InspectionObject, WorkbookData } from './model';
import { SHEETS } from './schema';
import { headerKey, parseAddress } from './text';
import { findHeaderRow, readTable } from './table';
import type { Problem } from './messages/problem';
import { registryMessages as msg } from './messages/registry';
import { SheetReader, type SheetValues } from './registry/sheet-reader';
import { buildDepartmentAliases, canonicalDepartment, parseDepartmentRows } from './registry/departments';
import { parseObjects } from './registry/objects';
import { parseInspectors } from './registry/inspectors';
import { checkAvoidance, parseAvoidanceSheet } from './registry/avoidance';
import { parseItems } from './registry/items';
import { parseLedger } from './registry/ledger';
import { parseHolidays } from './registry/holidays';
import { parsePlanSheet, type PlanSheet } from './plan/plan-sheet';
import { checkTaskItems, checkTaskScopes, checkTaskStaff } from './plan/checks';

export type { SheetValues } from './registry/sheet-reader';
export * from './registry';
export * from './plan';

export interface ParsedWorkbook {
  data: WorkbookData;
  /** Errors block a draw; warnings are shown. Sorted by sheet, then row, then column. */
  problems: Problem[];
}

type SheetLookup = (name: string) => { name: string; values: SheetValues } | undefined;

/** A sheet by its default name, or by the same name written with other white space or full-width forms. */
function sheetLookup(sheets: ReadonlyMap<string, SheetValues>): SheetLookup {
  const byKey = new Map<string, string>();
  for (const name of sheets.keys()) if (!byKey.has(headerKey(name))) byKey.set(headerKey(name), name);
  return (name) => {
    const actual = sheets.has(name) ? name : byKey.get(headerKey(name));
    return actual === undefined ? undefined : { name: actual, values: sheets.get(actual)! };
  };
}

// SPEC §2 puts registry headers in row 1; a clerk's title row or two above it is tolerated.
const HEADER_SEARCH_ROWS = 10;

/** The sheet as a table whose header is the first of its top rows holding `keyHeader` (else row 1). */
function tableReader(
  sheet: { name: string; values: SheetValues } | undefined, problems: Problem[], keyHeader: string,
): SheetReader | undefined {
  if (!sheet) return undefined;
  const headerRow = findHeaderRow(sheet.values.slice(0, HEADER_SEARCH_ROWS), keyHeader) ?? 1;
  return new SheetReader(readTable(sheet.name, sheet.values, { headerRow }), problems);
}

/** Canonical department names the workbook knows: aliases' targets, inspectors' and items' departments. */
function knownDepartments(aliases: DepartmentAliases, data: Pick<WorkbookData, 'inspectors' | 'items'>): Set<string> {
  const known = new Set(aliases.values());
  for (const inspector of data.inspectors) known.add(inspector.department);
  for (const item of data.items) known.add(item.department);
  return known;
}

/** Problems in workbook order: by sheet (as the map lists them), then row, then column. */
function sortProblems(problems: Problem[], sheetOrder: readonly string[]): Problem[] {
  const place = (problem: Problem): [number, number, number] => {
    const sheet = problem.sheet === undefined ? -1 : sheetOrder.indexOf(problem.sheet);
    if (!problem.cell) return [sheet, -1, -1];
    const { row, col } = parseAddress(problem.cell);
    return [sheet, row, col];
  };
  const keyed = problems.map((problem, index) => ({ problem, index, key: place(problem) }));
  keyed.sort((a, b) => a.key[0] - b.key[0] || a.key[1] - b.key[1] || a.key[2] - b.key[2] || a.index - b.index);
  return keyed.map((entry) => entry.problem);
}

/**
 * SPEC §2: the sheets' values → WorkbookData and every problem found. Never throws on bad input.
 * Required sheets: 检查对象名录库, 执法检查人员名录库, 年度抽查计划 (errors when missing);
 * 抽查事项清单 is expected (a warning); 回避关系, 部门名录, 工作台账, 节假日 are optional.
 * `data` holds whatever could be read; it is fit for a draw only when `problems` holds no error.
 */
export function parseWorkbook(sheets: ReadonlyMap<string, SheetValues>): ParsedWorkbook {
  const problems: Problem[] = [];
  const find = sheetLookup(sheets);
  const required = (name: string, keyHeader: string) => {
    const sheet = find(name);
    if (!sheet) problems.push(msg.missingSheet(name));
    return tableReader(sheet, problems, keyHeader);
  };

  const departmentsSheet = tableReader(find(SHEETS.departments), problems, '部门名称');
  const departments = buildDepartmentAliases(departmentsSheet ? parseDepartmentRows(departmentsSheet) : []);
  const canonical = (name: string) => canonicalDepartment(departments, name);

  const objectsSheet = required(SHEETS.objects, '对象编号');
  const objectIndex = new Map<string, InspectionObject>();
  const objects = objectsSheet ? parseObjects(objectsSheet, objectIndex) : [];
  const inspectorsSheet = required(SHEETS.inspectors, '人员编号');
  const inspectors = inspectorsSheet ? parseInspectors(inspectorsSheet, canonical) : [];
  const itemsFound = find(SHEETS.items);
  if (!itemsFound) problems.push(msg.missingItemsSheet(SHEETS.items));
  const itemsSheet = tableReader(itemsFound, problems, '事项编号');
  const items = itemsSheet ? parseItems(itemsSheet, canonical) : [];
  const avoidanceSheet = tableReader(find(SHEETS.avoidance), problems, '人员编号');
  const avoidance = avoidanceSheet ? parseAvoidanceSheet(avoidanceSheet) : [];
  if (objectsSheet && inspectorsSheet) checkAvoidance(objectIndex, inspectors, avoidance, { inspectorsSheet, avoidanceSheet });

  const planFound = find(SHEETS.plan);
  if (!planFound) problems.push(msg.missingSheet(SHEETS.plan));
  const plan: PlanSheet | null = planFound
    ? parsePlanSheet(planFound.name, planFound.values, problems, {
      canonical,
      knownDepartments: knownDepartments(departments, { inspectors, items }),
      objectColumns: objectsSheet ? new Set(objectsSheet.table.columns.keys()) : undefined,
    })
    : null;
  if (plan && inspectorsSheet) checkTaskStaff(plan, inspectors);
  if (plan && objectsSheet) checkTaskScopes(plan, objects);
  if (plan && itemsSheet) checkTaskItems(plan, items);

  const ledgerSheet = tableReader(find(SHEETS.ledger), problems, '日期');
  const holidaysSheet = tableReader(find(SHEETS.holidays), problems, '日期');
  const data: WorkbookData = {
    objects, inspectors, avoidance, departments, items,
    tasks: plan?.tasks ?? [],
    ledger: ledgerSheet ? parseLedger(ledgerSheet) : [],
    holidays: holidaysSheet ? parseHolidays(holidaysSheet) : [],
  };
  return { data, problems: sortProblems(problems, [...sheets.keys()]) };
}
