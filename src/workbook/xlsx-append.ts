// Appending rows to sheets of an .xlsx without loading the workbook: only the worksheet parts that
// grow (and their table parts) are rewritten inside the zip; every other part is copied still
// compressed. Node only (zlib). A draw appends to three product sheets of a workbook whose registry may hold 100,000
// rows: a full ExcelJS load and save of it costs most of the draw. Refuses (CannotAppendInPlace)
// whatever it does not fully understand; the caller then takes the ExcelJS path.
import { ZipPackage } from './zip-package';
import {
  appendToWorksheetXml,
  attributesOf,
  CannotAppendInPlace,
  cellStyleFormats,
  decodeXml,
  extendTableXml,
  findTag,
  type RowsToAppend,
} from './sheet-xml';

export interface SheetRowsToAppend extends RowsToAppend {
  sheet: string;
}

export interface AppendedRange {
  sheet: string;
  first: number;
  last: number;
}

interface Relationship {
  type: string;
  target: string;
}

/** `xl/_rels/workbook.xml.rels` for `xl/workbook.xml`. */
function relsPathOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** A relationship target resolved against the folder of the part that owns it. */
function resolveTarget(part: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const segments = part.split('/').slice(0, -1);
  for (const segment of target.split('/')) {
    if (segment === '..') segments.pop();
    else if (segment !== '.' && segment !== '') segments.push(segment);
  }
  return segments.join('/');
}

class Package {
  private readonly replaced = new Map<string, string>();

  private constructor(private readonly zip: ZipPackage) {}

  static open(bytes: Uint8Array): Package {
    try {
      return new Package(ZipPackage.open(bytes));
    } catch (cause) {
      throw new CannotAppendInPlace(cause instanceof Error ? cause.message : 'not a zip');
    }
  }

  text(part: string): string {
    const replaced = this.replaced.get(part);
    if (replaced !== undefined) return replaced;
    if (!this.has(part)) throw new CannotAppendInPlace(`no ${part}`);
    try {
      return this.zip.text(part);
    } catch (cause) {
      throw new CannotAppendInPlace(cause instanceof Error ? cause.message : `unreadable ${part}`);
    }
  }

  has(part: string): boolean {
    return this.zip.find(part) !== undefined;
  }

  replace(part: string, text: string): void {
    this.replaced.set(part, text);
  }

  relationships(part: string): Map<string, Relationship> {
    const rels = new Map<string, Relationship>();
    const path = relsPathOf(part);
    if (!this.has(path)) return rels;
    for (const match of this.text(path).matchAll(/<Relationship\s[^>]*>/g)) {
      const attributes = attributesOf(match[0]);
      const id = attributes.get('Id');
      const target = attributes.get('Target');
      if (!id || !target || attributes.get('TargetMode') === 'External') continue;
      rels.set(id, { type: attributes.get('Type') ?? '', target: resolveTarget(part, decodeXml(target)) });
    }
    return rels;
  }

  bytes(): Uint8Array {
    return this.zip.rewrite(this.replaced);
  }
}

const WORKBOOK = 'xl/workbook.xml';

/** The relationship id an element names (`r:id`, whatever the prefix). */
function relationshipId(startTag: string): string | undefined {
  for (const [name, value] of attributesOf(startTag)) if (/^[^:]+:id$/.test(name)) return value;
  return undefined;
}

/** Worksheet part of each sheet, by lower-case name (Excel's sheet names ignore case). */
function worksheetParts(pkg: Package): Map<string, string> {
  const xml = pkg.text(WORKBOOK);
  const rels = pkg.relationships(WORKBOOK);
  const parts = new Map<string, string>();
  for (const match of xml.matchAll(/<sheet\s[^>]*>/g)) {
    const attributes = attributesOf(match[0]);
    const rel = rels.get(relationshipId(match[0]) ?? '');
    const name = attributes.get('name');
    if (name === undefined || !rel || !rel.type.endsWith('/worksheet')) continue;
    parts.set(decodeXml(name).toLowerCase(), rel.target);
  }
  if (parts.size === 0) throw new CannotAppendInPlace('no sheets found (a prefixed or unusual workbook part)');
  return parts;
}

function styleFormats(pkg: Package): string[] {
  const styles = [...(pkg.relationships(WORKBOOK)).values()].find((rel) => rel.type.endsWith('/styles'));
  return styles && pkg.has(styles.target) ? cellStyleFormats(pkg.text(styles.target)) : [];
}

function extendTables(pkg: Package, sheetPart: string, sheetXml: string, previousLast: number, last: number): void {
  const start = findTag(sheetXml, 'tableParts');
  if (start < 0) return;
  const rels = pkg.relationships(sheetPart);
  for (const match of sheetXml.slice(start).matchAll(/<tablePart\s[^>]*>/g)) {
    const rel = rels.get(relationshipId(match[0]) ?? '');
    if (!rel) throw new CannotAppendInPlace('a table part that cannot be found');
    pkg.replace(rel.target, extendTableXml(pkg.text(rel.target), previousLast, last));
  }
}

/**
 * The workbook's bytes with `appends` applied in order, and where each landed. Throws
 * CannotAppendInPlace, having changed nothing, when any part is beyond what this understands.
 */
export function appendRowsInPlace(
  bytes: Uint8Array,
  appends: readonly SheetRowsToAppend[],
): { bytes: Uint8Array; ranges: AppendedRange[] } {
  const pkg = Package.open(bytes);
  const parts = worksheetParts(pkg);
  const formats = styleFormats(pkg);
  const ranges: AppendedRange[] = [];
  for (const append of appends) {
    const part = parts.get(append.sheet.toLowerCase());
    if (!part) throw new CannotAppendInPlace(`no sheet ${append.sheet}`);
    const result = appendToWorksheetXml(pkg.text(part), append, formats);
    if (append.rows.length > 0) extendTables(pkg, part, result.xml, result.previousLast, result.last);
    pkg.replace(part, result.xml);
    ranges.push({ sheet: append.sheet, first: result.previousLast + 1, last: result.last });
  }
  return { bytes: pkg.bytes(), ranges };
}
