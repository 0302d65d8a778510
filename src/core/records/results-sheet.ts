// Reading 抽查结果 back: the drawn rows of each draw, with their places (SPEC §2, §3.7).
import { SHEETS } from '../schema';
import { parseDateCell } from '../dates';
import { readTable, textOf, cellOf, addressOf, type Table, type TableRow } from '../table';
import { splitList, type CellValue } from '../text';
import { lastUsedRow } from './log-sheet';

export interface ResultRow {
  row: number;
  drawId: string;
  taskId: string;
  seq: string;
  objectId: string;
  objectName: string;
  objectType: string;
  grade: string;
  departments: string;
  inspectorNames: string;
  inspectorIds: string[];
  inspectorIdsText: string;
  /** The clerk's columns (SPEC §2, §4), as entered: never rewritten by the product. */
  entries: ClerkEntries;
}

/** A date cell the clerk keeps: the text as shown and the ISO date when it reads as one. */
export interface ClerkDate {
  /** NFKC-normalised, trimmed text ('' when blank). */
  text: string;
  /** ISO date, or null when blank or unreadable (then `text` is not ''). */
  date: string | null;
}

/** 检查日期 · 检查结果 · 后续处置 · 处置完结 · 完结日期 · 公示日期 · 备注, read as text (choices unchecked). */
export interface ClerkEntries {
  inspectionDate: ClerkDate;
  result: string;
  followUp: string;
  /** 处置完结 as entered (是 / 否 / '' / anything else the clerk pasted). */
  closed: string;
  closedDate: ClerkDate;
  publishedDate: ClerkDate;
  note: string;
}

/** The clerk's columns in sheet order, the headers every reader and report use. */
export const CLERK_HEADERS = {
  inspectionDate: '检查日期',
  result: '检查结果',
  followUp: '后续处置',
  closed: '处置完结',
  closedDate: '完结日期',
  publishedDate: '公示日期',
  note: '备注',
} as const;

function clerkDate(table: Table, row: TableRow, header: string): ClerkDate {
  const raw = cellOf(table, row, header);
  const text = textOf(table, row, header);
  return { text, date: text === '' ? null : parseDateCell(raw) };
}

function clerkEntries(table: Table, row: TableRow): ClerkEntries {
  const text = (header: string) => textOf(table, row, header);
  return {
    inspectionDate: clerkDate(table, row, CLERK_HEADERS.inspectionDate),
    result: text(CLERK_HEADERS.result),
    followUp: text(CLERK_HEADERS.followUp),
    closed: text(CLERK_HEADERS.closed),
    closedDate: clerkDate(table, row, CLERK_HEADERS.closedDate),
    publishedDate: clerkDate(table, row, CLERK_HEADERS.publishedDate),
    note: text(CLERK_HEADERS.note),
  };
}

export interface ResultsSheet {
  table: Table | null;
  rows: ResultRow[];
  /** Rows with an 对象编号 that are no results (no draw id or no 序号): a result's cleared cell, to name. */
  unnumbered: ResultRow[];
  nextRow: number;
}

/** A draw id as SPEC §3.1 makes it: 任务编号 + "-" + batch. */
export const DRAW_ID = /-[1-9]\d*$/;

/**
 * The result rows of 抽查结果: rows with a 序号 and a draw id in 抽取编号, as the product writes every
 * result. Any other row is the clerk's (a note "以上为6月抽取", a 合计 row with a count under 序号,
 * Excel's 汇总行) and no evidence: no check, no repeat rule and no report reads it. A result row whose
 * 抽取编号 or 序号 was cleared or overwritten is thereby missing from its draw, which verify reports.
 */
export function readResultsSheet(values: CellValue[][] | undefined): ResultsSheet {
  if (!values) return { table: null, rows: [], unnumbered: [], nextRow: 2 };
  const table = readTable(SHEETS.results, values);
  const rows = table.rows.map((row) => {
    const text = (header: string) => textOf(table, row, header);
    return {
      row: row.row,
      drawId: text('抽取编号'),
      taskId: text('任务编号'),
      seq: text('序号'),
      objectId: text('对象编号'),
      objectName: text('对象名称'),
      objectType: text('对象类型'),
      grade: text('信用风险等级'),
      departments: text('检查部门'),
      inspectorNames: text('检查人员'),
      inspectorIds: splitList(text('人员编号')),
      inspectorIdsText: text('人员编号'),
      entries: clerkEntries(table, row),
    };
  });
  const isResult = (row: ResultRow) => DRAW_ID.test(row.drawId) && row.seq !== '';
  return {
    table,
    rows: rows.filter(isResult),
    unnumbered: rows.filter((row) => !isResult(row) && row.objectId !== ''),
    nextRow: lastUsedRow(values) + 1,
  };
}

export function resultCell(sheet: ResultsSheet, row: number, header: string): string {
  return sheet.table ? addressOf(sheet.table, row, header) : 'A1';
}

/** Result rows grouped by 抽取编号, in sheet order. */
export function resultsByDraw(rows: readonly ResultRow[]): Map<string, ResultRow[]> {
  const byDraw = new Map<string, ResultRow[]>();
  for (const row of rows) {
    const list = byDraw.get(row.drawId) ?? [];
    list.push(row);
    byDraw.set(row.drawId, list);
  }
  return byDraw;
}
