// Use case (SPEC §5, issue 12): fill 附件1 and 附件2 in place as of a date, write the chart's figures
// table, and return every figure with what it counted. Reads everything and computes every write
// first: a bad date or a missing label writes nothing.
import { ANNEX1, ANNEX2, layoutValues, type ReportLayout } from '../core/layouts';
import { reportLabelsMissing } from '../core/messages/layouts';
import type { Problem } from '../core/messages/problem';
import { REPORT_CHART, reportMessages as msg } from '../core/messages/reports';
import { isoDate } from '../core/dates';
import {
  annex1Answers, annex2Answers, answerWrites, buildReport, planYear, type MonthlyReport,
} from '../core/reports';
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

function validDate(text: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  return m ? isoDate(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}

/** The sheet's name as the workbook spells it (white space and full-width forms aside), or undefined. */
function present(sheetNames: readonly string[], name: string): string | undefined {
  return sheetNames.find((candidate) => headerKey(candidate) === headerKey(name));
}

interface AnnexPlan {
  layout: ReportLayout;
  answers: Record<string, CellValue>;
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

function notesOf(report: MonthlyReport, created: string[]): Problem[] {
  const notes: Problem[] = [];
  const { inspections, provincial, unknownTasks } = report.counted;
  if (inspections.length === 0 && provincial.length === 0) notes.push(msg.noDraws(report.date));
  if (provincial.length) notes.push(msg.provincialLeftOut(provincial.map((i) => i.task.taskId)));
  if (unknownTasks.length) notes.push(msg.unknownTasks(unknownTasks));
  const annexes = created.filter((name) => name !== REPORT_CHART.sheet);
  if (annexes.length) notes.push(msg.sheetsCreated(annexes));
  return notes;
}

export async function fillReports(port: WorkbookPort, request: ReportRequest, progress?: ProgressReporter): Promise<ReportResult> {
  const date = validDate(request.date);
  if (!date) return failed([msg.badDate(request.date)]);
  const state = await loadState(port, progress);
  const year = planYear(state.data) ?? Number(date.slice(0, 4));
  if (Number(date.slice(0, 4)) !== year) return failed([msg.dateOutsideYear(date, year)]);
  const report = buildReport(state.data, state.log.entries, state.results.rows, date, request.unit);

  const names = { annex1: present(state.sheetNames, SHEETS.annex1), annex2: present(state.sheetNames, SHEETS.annex2) };
  const chartSheet = present(state.sheetNames, REPORT_CHART.sheet);
  const existing = [names.annex1, names.annex2].filter((n): n is string => n !== undefined);
  const read = existing.length ? await port.readSheets(existing) : new Map<string, SheetValues>();
  const plans: AnnexPlan[] = [
    { layout: ANNEX1, answers: annex1Answers(report) },
    { layout: ANNEX2, answers: annex2Answers(report) },
  ];
  const changes: WorkbookChange[] = [];
  const created: string[] = [];
  const cells: ReportCell[] = [];
  const problems: Problem[] = [];
  for (const [i, plan] of plans.entries()) {
    const sheet = i === 0 ? names.annex1 : names.annex2;
    const values = sheet ? read.get(sheet) ?? [] : layoutValues(plan.layout.spec);
    const answers = { ...plan.answers };
    // A 单位名称 the clerk wrote stays unless --unit names another.
    const { writes: unitCell } = answerWrites(values, plan.layout, { unit: null });
    if (!request.unit?.trim() && unitCell[0] && cellText(values, unitCell[0].address) !== '') delete answers.unit;
    const { writes, missing } = answerWrites(values, plan.layout, answers);
    if (missing.length) {
      problems.push(reportLabelsMissing(sheet ?? plan.layout.spec.name, missing));
      continue;
    }
    const name = sheet ?? plan.layout.spec.name;
    if (!sheet) {
      changes.push({ kind: 'createLayoutSheet', spec: plan.layout.spec });
      created.push(name);
    }
    cells.push(...writes.map((w) => ({ sheet: name, address: w.address, key: w.key, value: w.value })));
  }
  if (problems.length) return failed(problems, report);
  if (!chartSheet) {
    changes.push({ kind: 'createLayoutSheet', spec: CHART_TABLE });
    created.push(REPORT_CHART.sheet);
  }
  const chartCells = chartWrites(report).map((c) => ({ ...c, sheet: chartSheet ?? c.sheet }));
  for (const sheet of new Set([...cells, ...chartCells].map((c) => c.sheet))) {
    const own = [...cells, ...chartCells].filter((c) => c.sheet === sheet);
    changes.push({
      kind: 'writeCells', sheet,
      // No number format: the answer cells keep the layout's (the Office adapter keeps 2024年6月30日 as text by itself).
      cells: own.map((c) => ({ address: c.address, value: c.value })),
    });
  }
  const chart = { ...reportChart(report), sheet: chartSheet ?? REPORT_CHART.sheet };
  if (port.applyWithChart) await port.applyWithChart(changes, chart);
  else await port.apply(changes);
  return { ok: true, written: true, problems: [], notes: notesOf(report, created), report, cells, created };
}

function cellText(values: SheetValues, address: string): string {
  const { row, col } = parseAddress(address);
  const value = values[row]?.[col];
  return value === null || value === undefined ? '' : String(value).trim();
}
