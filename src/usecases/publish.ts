// Use case: the public export of one task's results (SPEC §4) — `ssj publish` and the pane's 结果 tab.
// Only inspected rows; never an inspector's name, 人员编号, phone number, 备注 or any clerk note.
// Ends with the task's attempts and their hashes, so a reader can later hold the workbook's log
// against what was published.
import type { ProgressReporter, WorkbookPort } from '../workbook/port';
import { UserFacingError, type Problem } from '../core/messages/problem';
import { publicExportTexts as texts, resultMessages } from '../core/messages/results';
import { evidenceLevels } from '../core/records/evidence-level';
import { countingDraws } from '../core/records/log-sheet';
import { CLERK_HEADERS, resultCell } from '../core/records/results-sheet';
import { headerKey } from '../core/text';
import type { PrintableBook } from '../workbook/public-book';
import { findTask, loadState, todayInChina } from './state';
import { statusOf } from './status';

export interface Publication {
  taskId: string;
  /** 公示-联033.xlsx */
  fileName: string;
  /** Inspected rows published. */
  rows: number;
  /** Attempts listed. */
  draws: number;
  /**
   * The clerk's wrong entries on the task's rows, each with its cell, then one warning per row left
   * out of the export: a 检查日期 or 检查结果 that is wrong (not a choice, unreadable, before the
   * draw, after the task's window, after today) cannot be published as a result.
   */
  problems: Problem[];
  /** Rows of 抽查结果 left out for such an entry. */
  leftOut: number[];
  book: PrintableBook;
}

const WIDTHS = [6, 22, 8, 30, 30, 24, 12, 26, 22];

export async function publication(port: WorkbookPort, taskId: string, progress?: ProgressReporter): Promise<Publication> {
  const state = await loadState(port, progress);
  const task = findTask(state.data, taskId);
  if (!task) throw new UserFacingError([resultMessages.unknownTask(taskId)]);
  const key = headerKey(task.taskId);
  const today = todayInChina();
  const { rows } = statusOf(state, today, task.taskId);
  if (rows.length === 0) throw new UserFacingError([resultMessages.nothingDrawn(task.taskId)]);
  const problems: Problem[] = [];
  const leftOut: number[] = [];
  const publishable = rows.filter(({ row, entries, problems: rowProblems }) => {
    const dateCell = resultCell(state.results, row.row, CLERK_HEADERS.inspectionDate);
    const resultCellOf = resultCell(state.results, row.row, CLERK_HEADERS.result);
    const own = [...rowProblems];
    if (entries.inspectionDate !== null && entries.inspectionDate > today) own.push(resultMessages.inspectedInFuture(entries.inspectionDate, today, dateCell));
    problems.push(...own); // spread-ok: one row's few problems
    // The deadline's calendar is no fault of the entries shown in the export.
    const wrong = own.some((p) => p.severity === 'error' && p.code !== 'results.unknown-calendar-year' && (p.cell === dateCell || p.cell === resultCellOf));
    if (wrong) {
      leftOut.push(row.row);
      problems.push(resultMessages.leftOutOfPublication(row.objectName, row.objectId, resultCellOf));
    }
    return !wrong;
  });
  const inspected = publishable.filter((r) => r.entries.inspected);
  if (inspected.length === 0) throw new UserFacingError([...problems, resultMessages.nothingInspected(task.taskId, rows.length)]);

  const taskLabel = `${task.taskId} ${task.taskName}`;
  const mainRows = inspected.map(({ row, entries }, i) => [
    String(i + 1),
    taskLabel,
    task.taskType,
    task.itemsText,
    row.objectName,
    row.objectId,
    entries.inspectionDate ?? '',
    entries.result ?? '',
    row.departments,
  ]);

  const entries = state.log.entries;
  const levels = evidenceLevels(entries);
  const voidReasons = new Map(entries.filter((e) => e.status === '作废').map((e) => [e.drawId, e.note]));
  const counting = new Set(countingDraws(entries).map((e) => e.drawId));
  const attempts = [...levels.values()].filter((e) => headerKey(e.taskId) === key);
  const drawRows = attempts.map((e) => {
    const voided = voidReasons.has(e.drawId) && !counting.has(e.drawId);
    return [e.drawId, voided ? texts.voided : e.status, e.level, e.hash, e.announcement?.hash ?? '', voided ? voidReasons.get(e.drawId) ?? '' : ''];
  });

  return {
    taskId: task.taskId,
    fileName: `公示-${task.taskId}.xlsx`,
    rows: mainRows.length,
    draws: drawRows.length,
    problems,
    leftOut,
    book: {
      sheetName: texts.sheetName,
      title: texts.title(task.taskId, task.taskName),
      main: { title: '', headers: texts.headers, rows: mainRows, widths: WIDTHS },
      after: [{ title: texts.drawsTitle, headers: texts.drawHeaders, rows: drawRows }],
      note: texts.why,
      footer: texts.footer,
    },
  };
}
