// Use case (SPEC §5, issue 12): fill 附件1 and 附件2 in place as of a date, write the chart's figures
// table, and return every figure with what it counted. Reads everything and computes every write
// first: a bad date or a missing label writes nothing.
import { ANNEX1, ANNEX2, layoutValues, type ReportLayout } from '../core/layouts';
import { reportLabelsMissing } from '../core/messages/layouts';
import type { Problem } from '../core/messages/problem';
import { REPORT_CHART, reportMessages as msg } from '../core/messages/reports';
import { parseDateCell } from '../core/dates';
import {
  annex1Answers, annex2Answers, answerWrites, buildReport, planYear, type AnswerWrite, type MonthlyReport,
} from '../core/reports';
import { CLERK_HEADERS, resultCell, type ResultsSheet } from '../core/records/results-sheet';
import { SHEETS } from '../core/schema';
import { headerKey, parseAddress, type CellValue } from '../core/text';
import type { LayoutSheetSpec } from '../core/sheet-specs';
import type { ChartSpec, ProgressReporter, SheetValues, WorkbookChange, WorkbookPort } from '../workbook/port';
import { loadState } from './state';

export interface ReportRequest {
  /** ISO date the figures are counted up to (Annex 1 from 1 January, Annex 2 from the 1st of its month). */
  date: string;
  /** 单位名称; by default the plan's most frequent 发起部门, written only into an empty cell. */
  unit?: string;
}

export interface ReportCell {
  sheet: string;
  address: string;
  key: string;
  value: CellValue;
}

export interface ReportResult {
  ok: boolean;
  written: boolean;
  /** Errors that stopped the fill (nothing written). */
  problems: Problem[];
  /** Said alongside a fill: no draws (zeros), sheets created, tasks left out. */
  notes: Problem[];
  report: MonthlyReport | null;
  /** Every answer cell written, in order. */
  cells: ReportCell[];
  /** Sheets this fill created. */
  created: string[];
}

/** The chart's table: 月份 · 部门内部 · 部门联合, one row per month of the year. */
export const CHART_TABLE: LayoutSheetSpec = {
  name: REPORT_CHART.sheet,
  cells: [
    { address: 'A1', value: REPORT_CHART.monthHeader, style: 'header' },
    { address: 'B1', value: REPORT_CHART.internal, style: 'header' },
    { address: 'C1', value: REPORT_CHART.joint, style: 'header' },
    ...Array.from({ length: 12 }, (_, i) => ({ address: `A${i + 2}`, value: REPORT_CHART.month(i + 1), style: 'label' as const })),
  ],
  merges: [],
  columnWidths: [10, 12, 12],
};

function failed(problems: Problem[], report: MonthlyReport | null = null): ReportResult {
  return { ok: false, written: false, problems, notes: [], report, cells: [], created: [] };
}

/** The report date as ISO, read as `ssj status --date` reads its date (2024-06-30, 2024/6/30, 2024年6月30日, 20240630), or null. */
export function reportDate(text: string): string | null {
  return parseDateCell(text);
}

/** The sheet's name as the workbook spells it (white space and full-width forms aside), or undefined. */
function present(sheetNames: readonly string[], name: string): string | undefined {
  return sheetNames.find((candidate) => headerKey(candidate) === headerKey(name));
}

function chartWrites(report: MonthlyReport): ReportCell[] {
  const cells: ReportCell[] = [];
  for (let month = 1; month <= 12; month++) {
    const point = report.monthly.find((p) => p.month === month);
    cells.push({ sheet: REPORT_CHART.sheet, address: `B${month + 1}`, key: `chart.${month}.internal`, value: point?.internal ?? null });
    cells.push({ sheet: REPORT_CHART.sheet, address: `C${month + 1}`, key: `chart.${month}.joint`, value: point?.joint ?? null });
  }
  return cells;
}

export function reportChart(report: MonthlyReport): ChartSpec {
  return {
    sheet: REPORT_CHART.sheet, name: REPORT_CHART.chartName, title: REPORT_CHART.title,
    source: `A1:C${Math.max(2, report.monthly.length + 1)}`, from: 'E2', to: 'L20',
  };
}

function notesOf(report: MonthlyReport, created: string[], results: ResultsSheet): Problem[] {
  const notes: Problem[] = [];
  const { inspections, provincial, unknownTasks } = report.counted;
  for (const object of inspections.flatMap((i) => i.objects)) {
    if (object.unchosenResult !== null) {
      notes.push(msg.resultNotAChoice(SHEETS.results, resultCell(results, object.row, CLERK_HEADERS.result), object.unchosenResult));
    }
  }
  if (inspections.length === 0 && provincial.length === 0) notes.push(msg.noDraws(report.date));
  if (provincial.length) notes.push(msg.provincialLeftOut(provincial.map((i) => i.task.taskId)));
  if (unknownTasks.length) notes.push(msg.unknownTasks(unknownTasks));
  const annexes = created.filter((name) => name !== REPORT_CHART.sheet);
  if (annexes.length) notes.push(msg.sheetsCreated(annexes));
  return notes;
}

/** An annex's answer cells in the sheet as it stands (or as it will be drawn), or the labels missing from it. */
function annexWrites(
  values: SheetValues, layout: ReportLayout, answers: Record<string, CellValue>, unitGiven: boolean,
): { writes: AnswerWrite[]; missing: string[] } {
  const own = { ...answers };
  // A 单位名称 the clerk wrote stays unless --unit (the pane's 单位名称) names another.
  const [unitCell] = answerWrites(values, layout, { unit: null }).writes;
  if (!unitGiven && unitCell && cellText(values, unitCell.address) !== '') delete own.unit;
  return answerWrites(values, layout, own);
}

/** One writeCells change per sheet, in the order the sheets first appear. */
function cellChanges(cells: readonly ReportCell[]): WorkbookChange[] {
  const bySheet = new Map<string, ReportCell[]>();
  for (const cell of cells) bySheet.set(cell.sheet, [...(bySheet.get(cell.sheet) ?? []), cell]);
  // No number format: the answer cells keep the layout's (the Office adapter keeps 2024年6月30日 as text by itself).
  return [...bySheet].map(([sheet, own]) => ({ kind: 'writeCells', sheet, cells: own.map((c) => ({ address: c.address, value: c.value })) }));
}

export async function fillReports(port: WorkbookPort, request: ReportRequest, progress?: ProgressReporter): Promise<ReportResult> {
  const date = reportDate(request.date);
  if (!date) return failed([msg.badDate(request.date)]);
  const state = await loadState(port, progress);
  const year = planYear(state.data) ?? Number(date.slice(0, 4));
  if (Number(date.slice(0, 4)) !== year) return failed([msg.dateOutsideYear(date, year)]);
  const report = buildReport(state.data, state.log.entries, state.results.rows, date, request.unit);

  const annexes = [
    { layout: ANNEX1, answers: annex1Answers(report), sheet: present(state.sheetNames, SHEETS.annex1) },
    { layout: ANNEX2, answers: annex2Answers(report), sheet: present(state.sheetNames, SHEETS.annex2) },
  ];
  const existing = annexes.flatMap((annex) => (annex.sheet ? [annex.sheet] : []));
  const read = existing.length ? await port.readSheets(existing) : new Map<string, SheetValues>();
  const changes: WorkbookChange[] = [];
  const created: string[] = [];
  const cells: ReportCell[] = [];
  const problems: Problem[] = [];
  for (const { layout, answers, sheet } of annexes) {
    const values = sheet ? read.get(sheet) ?? [] : layoutValues(layout.spec);
    const { writes, missing } = annexWrites(values, layout, answers, Boolean(request.unit?.trim()));
    if (missing.length) {
      problems.push(reportLabelsMissing(sheet ?? layout.spec.name, missing));
      continue;
    }
    if (!sheet) {
      changes.push({ kind: 'createLayoutSheet', spec: layout.spec });
      created.push(layout.spec.name);
    }
    for (const w of writes) cells.push({ sheet: sheet ?? layout.spec.name, address: w.address, key: w.key, value: w.value });
  }
  if (problems.length) return failed(problems, report);

  const chartPresent = present(state.sheetNames, REPORT_CHART.sheet);
  const chartSheet = chartPresent ?? REPORT_CHART.sheet;
  if (!chartPresent) {
    changes.push({ kind: 'createLayoutSheet', spec: CHART_TABLE });
    created.push(chartSheet);
  }
  changes.push(...cellChanges([...cells, ...chartWrites(report).map((c) => ({ ...c, sheet: chartSheet }))])); // spread-ok: three sheets
  const chart = { ...reportChart(report), sheet: chartSheet };
  if (port.applyWithChart) await port.applyWithChart(changes, chart);
  else await port.apply(changes);
  return { ok: true, written: true, problems: [], notes: notesOf(report, created, state.results), report, cells, created };
}

function cellText(values: SheetValues, address: string): string {
  const { row, col } = parseAddress(address);
  const value = values[row]?.[col];
  return value === null || value === undefined ? '' : String(value).trim();
}
