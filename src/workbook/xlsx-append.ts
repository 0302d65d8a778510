// Appending rows to sheets of an .xlsx without loading the workbook: only the worksheet parts that
// grow (and their table parts) are rewritten inside the zip; every other part is copied still
// compressed. A draw appends to three product sheets of a workbook whose registry may hold 100,000
// rows: a full ExcelJS load and save of it cost most of the draw. Node only (zlib). Refuses
// (CannotAppendInPlace) whatever it does not fully understand; the caller then takes the ExcelJS path.
import type { TableSheetSpec, WorkbookChange } from './port';
import { UserFacingError } from '../core/messages/problem';
import { editMessages } from '../core/messages/edits';
import { totalsRowInTheWay, valuesWidth } from './xlsx-plan';
import { addTableSheets } from './xlsx-add-sheets';
import { relationshipId, sheetOwning, stylesPart, worksheetParts, XlsxPackage } from './xlsx-package';
import { IncompletePartError } from './xlsx-node-patch';
import {
  appendToWorksheetParts,
  CannotAppendInPlace,
  cellStyleFormats,
  extendTableXml,
  tableXmlRange,
  findTag,
  lastValueRowOfXml,
} from './sheet-xml';
import { placeWithinRowLimit } from './row-limit';
import { fileProgress } from './file-progress';

function styleFormats(pkg: XlsxPackage): string[] {
  const styles = stylesPart(pkg);
  return styles && pkg.has(styles) ? cellStyleFormats(pkg.text(styles)) : [];
}

function extendTables(pkg: XlsxPackage, sheetName: string, sheetPart: string, sheetXml: string, last: number, width: number): void {
  const start = findTag(sheetXml, 'tableParts');
  if (start < 0) return;
  const rels = pkg.relationships(sheetPart);
  const parts = [...sheetXml.slice(start).matchAll(/<tablePart\s[^>]*>/g)].map((match) => {
    const rel = rels.get(relationshipId(match[0]) ?? '');
    if (!rel) throw new CannotAppendInPlace('a table part that cannot be found');
    return rel.target;
  });
  const ranges = parts.map((part) => tableXmlRange(pkg.text(part)));
  if (ranges.some((range) => totalsRowInTheWay(range, width))) {
    throw new UserFacingError([editMessages.totalsRowInTheWay(sheetName)]);
  }
  parts.forEach((part, i) => {
    const others = ranges.filter((_, j) => j !== i);
    pkg.replace(part, extendTableXml(pkg.text(part), others, last, width));
  });
}

/**
 * The workbook's bytes with `changes` applied (appendRows, and createTableSheet for a sheet that is
 * missing: sheets are made first, in one go, which is the same as in order since making a sheet
 * touches no other). Throws CannotAppendInPlace, having changed nothing, for any other change or
 * any part beyond what this understands; and IncompletePartError, naming the part and its sheet, for
 * a part it reads (every part it rewrites, and those that shape what it writes) that was cut short.
 */
export async function applyInPlace(bytes: Uint8Array, changes: readonly WorkbookChange[]): Promise<Uint8Array> {
  const pkg = XlsxPackage.open(bytes);
  try {
    return await applyToPackage(pkg, changes);
  } catch (cause) {
    if (cause instanceof IncompletePartError && cause.sheet === undefined) {
      throw new IncompletePartError(cause.part, sheetOwning(XlsxPackage.open(bytes), cause.part));
    }
    throw cause;
  }
}

/** The last row holding a value of a sheet's part, read from its tail (a million-row sheet is not made one string). */
function lastValueRowOfPart(pkg: XlsxPackage, part: string): number {
  for (let minimum = 64 * 1024; ; minimum *= 8) {
    const { text, whole } = pkg.tail(part, minimum);
    const last = lastValueRowOfXml(text, whole);
    if (last !== undefined) return last;
  }
}

async function applyToPackage(pkg: XlsxPackage, requested: readonly WorkbookChange[]): Promise<Uint8Array> {
  const existing = worksheetParts(pkg);
  const changes = await placeWithinRowLimit(requested, (sheet) => {
    const part = existing.get(sheet.toLowerCase());
    return part === undefined ? undefined : lastValueRowOfPart(pkg, part);
  });
  const toMake = new Map<string, TableSheetSpec>();
  for (const change of changes) {
    if (change.kind === 'createTableSheet') {
      const key = change.spec.name.toLowerCase();
      if (!existing.has(key) && !toMake.has(key)) toMake.set(key, change.spec);
    } else if (change.kind !== 'appendRows') {
      throw new CannotAppendInPlace(`a ${change.kind} change`);
    }
  }
  await addTableSheets(pkg, [...toMake.values()]);
  const parts = worksheetParts(pkg);
  const formats = styleFormats(pkg);
  for (const change of changes) {
    if (change.kind !== 'appendRows') continue;
    const part = parts.get(change.sheet.toLowerCase());
    if (!part) throw new CannotAppendInPlace(`no sheet ${change.sheet}`);
    fileProgress({ stage: 'writing', sheet: change.sheet, rows: change.rows.length });
    const result = appendToWorksheetParts(pkg.text(part), change, formats);
    // <tableParts> stands after the rows.
    if (change.rows.length > 0) extendTables(pkg, change.sheet, part, result.tail, result.last, valuesWidth(change.rows));
    pkg.replace(part, function* () {
      yield result.head;
      yield* result.rows();
      yield result.tail;
    });
  }
  fileProgress({ stage: 'compressing' });
  return pkg.bytes();
}
