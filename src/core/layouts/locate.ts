// SPEC §5 "fill in place": find a report's label cells by normalised text (headerKey) in whatever the
// sheet holds now, derive the answer cells from them, and say which labels are missing.
import type { LayoutSheetSpec } from '../sheet-specs';
import { cellAddress, headerKey, parseAddress, type CellValue } from '../text';
import type { AnswerLocator } from './draft';
import { maxOf } from '../arrays';

type Values = readonly (readonly CellValue[])[];

export interface LabelCell {
  /** 0-based row and column. */
  row: number;
  col: number;
  address: string;
}

interface Position {
  row: number;
  col: number;
}

/**
 * The first cell after `after` in reading order (rows top to bottom, cells left to right) whose text
 * is `label`; the search gives up at a cell whose text is in `stop` (the start of the next section).
 */
function findAfter(values: Values, label: string, after: Position | null, stop?: ReadonlySet<string>): LabelCell | null {
  const key = headerKey(label);
  const firstRow = after ? after.row : 0;
  for (let row = firstRow; row < values.length; row++) {
    const cells = values[row] ?? [];
    const firstCol = after && row === after.row ? after.col + 1 : 0;
    for (let col = firstCol; col < cells.length; col++) {
      const text = headerKey(cells[col]);
      if (text === key) return { row, col, address: cellAddress(row, col) };
      if (stop?.has(text)) return null;
    }
  }
  return null;
}

/** Each label's first cell in reading order, matched after NFKC with white space removed; labels not found are `missing`. */
export function findLabelCells(
  values: Values,
  labels: readonly string[],
): { found: Record<string, LabelCell>; missing: string[] } {
  const found: Record<string, LabelCell> = {};
  const missing: string[] = [];
  for (const label of labels) {
    const cell = findAfter(values, label, null);
    if (cell) found[label] = cell;
    else if (!missing.includes(label)) missing.push(label);
  }
  return { found, missing };
}

/**
 * Section boundaries: `levels[i]` holds every label standing at path position ≤ i in any locator.
 * A label at position i + 1 must come before the next of these, so that a deleted 部门联合 of one
 * group is reported missing instead of being found in the next group.
 */
function sectionLabels(locators: readonly AnswerLocator[]): Set<string>[] {
  const depth = maxOf(locators.map((locator) => locator.path.length), 0);
  const levels: Set<string>[] = [];
  for (let i = 0; i < depth; i++) {
    const level = new Set(i > 0 ? levels[i - 1] : []);
    for (const locator of locators) if (locator.path[i] !== undefined) level.add(headerKey(locator.path[i]));
    levels.push(level);
  }
  return levels;
}

/** The cell of a locator's last label, each label searched after the one before it, within its section. */
function followPath(
  values: Values,
  path: readonly string[],
  levels: readonly Set<string>[],
): { cell: LabelCell | null; missing?: string } {
  let cell: LabelCell | null = null;
  for (const [i, label] of path.entries()) {
    cell = findAfter(values, label, cell, i > 0 ? levels[i - 1] : undefined);
    if (!cell) return { cell: null, missing: label };
  }
  return { cell };
}

/**
 * Answer cells by key, found from their labels: the last label's row and the column of the
 * locator's column header (or the next cell to the right). `missing` lists labels not found, once
 * each; a caller must write nothing when it is not empty (SPEC §5).
 */
export function locateAnswerCells(
  values: Values,
  locators: readonly AnswerLocator[],
): { cells: Record<string, string>; missing: string[] } {
  const cells: Record<string, string> = {};
  const missing: string[] = [];
  const note = (label: string) => {
    if (!missing.includes(label)) missing.push(label);
  };
  const levels = sectionLabels(locators);
  for (const locator of locators) {
    const { cell, missing: lost } = followPath(values, locator.path, levels);
    const header = locator.column === undefined ? null : findAfter(values, locator.column, null);
    if (lost) note(lost);
    if (locator.column !== undefined && !header) note(locator.column);
    if (!cell || (locator.column !== undefined && !header)) continue;
    cells[locator.key] = cellAddress(cell.row, header ? header.col : cell.col + 1);
  }
  return { cells, missing };
}

/** A layout's values as the port would read them back (row 0 = Excel row 1), for tests and previews. */
export function layoutValues(spec: LayoutSheetSpec): CellValue[][] {
  const values: CellValue[][] = [];
  for (const cell of spec.cells) {
    const { row, col } = parseAddress(cell.address);
    while (values.length <= row) values.push([]);
    const cells = values[row];
    while (cells.length <= col) cells.push(null);
    cells[col] = cell.value;
  }
  const width = maxOf(values.map((cells) => cells.length), 0);
  for (const cells of values) while (cells.length < width) cells.push(null);
  return values;
}
