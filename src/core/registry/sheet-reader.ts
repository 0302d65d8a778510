// Reading the cells of one table sheet: column lookup done once per sheet, fast NFKC, and the
// common checks (required columns and cells, fixed choices, unique IDs) reported with sheet and cell.
import { codePointName, identityKey, invisibleCharacter } from '../chars';
import { identifierMessages } from '../messages/identifiers';
import { cellAddress, columnLetter, headerKey, normalizeText, type CellValue } from '../text';
import type { ColumnDef } from '../schema';
import type { Table, TableRow } from '../table';
import type { Problem } from '../messages/problem';
import { registryMessages as msg } from '../messages/registry';

/** A sheet's values from A1 (row 0 = Excel row 1), the same shape as the workbook port's SheetValues. */
export type SheetValues = CellValue[][];

// Characters NFKC never changes: ASCII, tab and line breaks, 、 。 and the CJK Unified Ideographs.
// Most cells consist of nothing else, so they skip String.prototype.normalize (the costly part).
const MAY_CHANGE_UNDER_NFKC = /[^\t\n\r\x20-\x7e\u3001\u3002\u4e00-\u9fff]/;
const WHITE_SPACE = /\s/;
const ALL_WHITE_SPACE = /\s+/g;

/** SPEC §2: NFKC-normalised and trimmed; the same result as normalizeText, faster on plain cells. */
export function cellText(value: CellValue | undefined): string {
  if (typeof value !== 'string') return normalizeText(value);
  return (MAY_CHANGE_UNDER_NFKC.test(value) ? value.normalize('NFKC') : value).trim();
}

/**
 * cellText without any white space: for IDs, department names, tags and fixed choices, where a
 * space or a line break is never meant ("联 033" = "联033", "交通运\n输局" = "交通运输局").
 */
export function compactText(value: CellValue | undefined): string {
  const text = cellText(value);
  return WHITE_SPACE.test(text) ? text.replace(ALL_WHITE_SPACE, '') : text;
}

const WHOLE_NUMBER = /^\d+人?$/;

/** A count (人数, 每部门检查人数): a non-negative integer ("3", "3人", 3), or null when blank or unreadable. */
export function parseCount(value: CellValue | undefined): number | null {
  if (typeof value === 'number') return Number.isInteger(value) && value >= 0 ? value : null;
  if (typeof value !== 'string') return null;
  const text = compactText(value);
  return WHOLE_NUMBER.test(text) ? parseInt(text, 10) : null;
}

/** The cells of one table with its problems list; every check names the cell it looked at. */
export class SheetReader {
  readonly sheet: string;

  constructor(
    readonly table: Table,
    readonly problems: Problem[],
  ) {
    this.sheet = table.sheet;
  }

  /** 0-based column of a header, -1 when the sheet lacks it. */
  column(header: string): number {
    return this.table.columns.get(headerKey(header)) ?? -1;
  }

  /** Reports missing required columns and repeated headers; returns false when a required one is missing. */
  checkColumns(defs: readonly ColumnDef[]): boolean {
    let complete = true;
    const headerIndex = this.table.headerRow - 1;
    for (const def of defs) {
      if (def.required && this.column(def.header) < 0) {
        complete = false;
        this.problems.push(msg.missingColumn(this.sheet, cellAddress(headerIndex, this.table.width), def.header));
      }
    }
    for (const key of this.table.repeatedHeaders) {
      const first = this.table.columns.get(key)!;
      const cell = cellAddress(headerIndex, first);
      this.problems.push(msg.repeatedColumn(this.sheet, cell, key, columnLetter(first)));
    }
    return complete;
  }

  raw(row: TableRow, col: number): CellValue {
    return col < 0 ? null : row.cells[col] ?? null;
  }

  text(row: TableRow, col: number): string {
    return col < 0 ? '' : cellText(row.cells[col]);
  }

  compact(row: TableRow, col: number): string {
    return col < 0 ? '' : compactText(row.cells[col]);
  }

  /** A1 address of a row's cell; column A when the column is missing. */
  at(row: TableRow | number, col: number): string {
    return cellAddress((typeof row === 'number' ? row : row.row) - 1, col < 0 ? 0 : col);
  }

  report(problem: Problem): void {
    this.problems.push(problem);
  }

  /** The text, or '' with a 'required cell' error when it is blank (only when the column exists). */
  required(row: TableRow, col: number, header: string, compact = false): string {
    return this.requiredValue(row, col, header, compact ? this.compact(row, col) : this.text(row, col));
  }

  /** `required` for a value already read from the cell. */
  requiredValue(row: TableRow, col: number, header: string, value: string): string {
    if (value === '' && col >= 0) this.problems.push(msg.requiredCell(this.sheet, this.at(row, col), header));
    return value;
  }

  /**
   * A fixed choice compared without white space: blank gives `fallback`; an unknown value is an
   * error and gives null.
   */
  choice(row: TableRow, col: number, header: string, choices: ReadonlySet<string>, fallback: string): string | null {
    return this.choiceOf(row, col, header, this.compact(row, col), choices, fallback);
  }

  /** `choice` for a value already read from the cell (without white space). */
  choiceOf(row: TableRow, col: number, header: string, value: string, choices: ReadonlySet<string>, fallback: string): string | null {
    if (value === '') return fallback;
    if (choices.has(value)) return value;
    this.problems.push(msg.badChoice(this.sheet, this.at(row, col), header, value, [...choices]));
    return null;
  }
}

/** First-row bookkeeping for unique IDs: one Map, O(1) per row. */
export class UniqueIds {
  private readonly firstRow = new Map<string, number>();

  /**
   * The earlier row of this ID, or undefined (and the ID is recorded) when it is new. SPEC §3.8: two
   * ids that differ only by control, format or bidi characters, or by NFKC, are one repeated id.
   */
  seen(id: string, row: number): number | undefined {
    const key = identityKey(id);
    const first = this.firstRow.get(key);
    if (first === undefined) this.firstRow.set(key, row);
    return first;
  }
}

/** SPEC §3.8: an id holding a control, format or bidi character is an error at its cell. */
export function checkIdentifier(reader: SheetReader, row: TableRow, col: number, header: string, id: string): void {
  const hidden = invisibleCharacter(id);
  if (hidden && col >= 0) reader.report(identifierMessages.invisibleInId(reader.sheet, reader.at(row, col), header, codePointName(hidden.code), hidden.position));
}
