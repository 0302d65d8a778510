// SPEC §4: the clerk's entries in 抽查结果 read against the rules — choices, dates in order, a
// follow-up only where a problem was found. The rows are the clerk's: reported, never rewritten.
import { FOLLOW_UPS, INSPECTION_RESULTS, PROBLEM_RESULTS, YES_NO } from '../schema';
import { resultMessages as msg } from '../messages/results';
import type { Problem } from '../messages/problem';
import { CLERK_HEADERS, type ResultRow } from '../records/results-sheet';
import { headerKey } from '../text';

/** Choices compare as the clerk's text is read: NFKC, white space removed (（ and ( are one). */
const choiceKeys = new WeakMap<readonly string[], ReadonlyMap<string, string>>();
function choiceOf(text: string, choices: readonly string[]): string | undefined {
  let keys = choiceKeys.get(choices);
  if (!keys) choiceKeys.set(choices, (keys = new Map(choices.map((choice) => [headerKey(choice), choice]))));
  return keys.get(headerKey(text));
}

const NO_FOLLOW_UP = FOLLOW_UPS[0];

/** A row's entries as the rules read them: choices resolved, dates as ISO. */
export interface ReadEntries {
  inspectionDate: string | null;
  /** The 检查结果 choice, or undefined when blank or not a choice. */
  result?: string;
  followUp?: string;
  closed?: string;
  closedDate: string | null;
  publishedDate: string | null;
  /** 检查结果 counts as 发现问题 (SPEC §4: the second to the seventh choice). */
  problem: boolean;
  /** Inspected: a 检查结果 that is a choice and a readable 检查日期 (as Annex 1's 完成检查户数). */
  inspected: boolean;
}

export interface EntryContext {
  /** The A1 cell of the row under a header. */
  cell(row: ResultRow, header: string): string;
  /** ISO date of the row's draw (UTC+8), when the log gives one. */
  drawDate?: string | null;
  /** The task's last day (抽查时间), when the plan gives one. */
  taskEnd?: string;
}

/** Reads one row's entries and reports each one breaking SPEC §4's rules, with its cell. */
export function checkEntries(row: ResultRow, context: EntryContext): { entries: ReadEntries; problems: Problem[] } {
  const e = row.entries;
  const problems: Problem[] = [];
  const cell = (header: string) => context.cell(row, header);
  const date = (value: { text: string; date: string | null }, header: string): string | null => {
    if (value.text !== '' && value.date === null) problems.push(msg.badDate(header, value.text, cell(header)));
    return value.date;
  };
  const choice = (text: string, choices: readonly string[], header: string): string | undefined => {
    if (text === '') return undefined;
    const found = choiceOf(text, choices);
    if (found === undefined) problems.push(msg.notAChoice(header, text, choices, cell(header)));
    return found;
  };
  const inspectionDate = date(e.inspectionDate, CLERK_HEADERS.inspectionDate);
  const result = choice(e.result, INSPECTION_RESULTS, CLERK_HEADERS.result);
  const followUp = choice(e.followUp, FOLLOW_UPS, CLERK_HEADERS.followUp);
  const closed = choice(e.closed, YES_NO, CLERK_HEADERS.closed);
  const closedDate = date(e.closedDate, CLERK_HEADERS.closedDate);
  const publishedDate = date(e.publishedDate, CLERK_HEADERS.publishedDate);
  const problem = result !== undefined && PROBLEM_RESULTS.includes(result);

  if (inspectionDate && context.drawDate && inspectionDate < context.drawDate) {
    problems.push(msg.inspectedBeforeDraw(inspectionDate, row.drawId, context.drawDate, cell(CLERK_HEADERS.inspectionDate)));
  }
  if (inspectionDate && context.taskEnd && inspectionDate > context.taskEnd) {
    problems.push(msg.inspectedAfterWindow(inspectionDate, row.taskId, context.taskEnd, cell(CLERK_HEADERS.inspectionDate)));
  }
  if (publishedDate && inspectionDate && publishedDate < inspectionDate) {
    problems.push(msg.publishedBeforeInspection(publishedDate, inspectionDate, cell(CLERK_HEADERS.publishedDate)));
  }
  if (e.closedDate.text !== '' && closed !== '是') {
    problems.push(msg.closedDateWithoutClosed(e.closed, cell(CLERK_HEADERS.closedDate)));
  }
  if (followUp !== undefined && followUp !== NO_FOLLOW_UP && !problem && (result !== undefined || e.result === '')) {
    problems.push(msg.followUpWithoutProblem(followUp, result ?? '', cell(CLERK_HEADERS.followUp)));
  }
  if (result !== undefined && e.inspectionDate.text === '') problems.push(msg.resultWithoutDate(cell(CLERK_HEADERS.inspectionDate)));
  if (e.result === '' && inspectionDate) problems.push(msg.dateWithoutResult(cell(CLERK_HEADERS.result)));

  const inspected = result !== undefined && inspectionDate !== null;
  return { entries: { inspectionDate, result, followUp, closed, closedDate, publishedDate, problem, inspected }, problems };
}
