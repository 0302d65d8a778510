// An .xlsx as a set of text parts inside its zip, for the in-place writers: read a part, replace or
// add one, follow relationships, and write the zip again with only those parts recompressed.
// Node only (zlib). Errors are CannotAppendInPlace (the caller falls back to ExcelJS), except a part
// cut short: IncompletePartError, a damaged file that nothing may be written from.
import { attributesOf, CannotAppendInPlace, decodeXml } from './sheet-xml';
import { endsItsRoot, IncompletePartError } from './xlsx-node-patch';
import { ZipPackage, type PieceSource } from './zip-package';

export interface Relationship {
  type: string;
  target: string;
}

/** `xl/_rels/workbook.xml.rels` for `xl/workbook.xml`. */
export function relsPathOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** A relationship target resolved against the folder of the part that owns it. */
export function resolveTarget(part: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const segments = part.split('/').slice(0, -1);
  for (const segment of target.split('/')) {
    if (segment === '..') segments.pop();
    else if (segment !== '.' && segment !== '') segments.push(segment);
  }
  return segments.join('/');
}

/** `target` (a part name) as a path relative to the folder of `part`. */
function relativeTo(part: string, target: string): string {
  const from = part.split('/').slice(0, -1);
  const to = target.split('/');
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  return [...from.slice(common).map(() => '..'), ...to.slice(common)].join('/');
}

/** The part a relationships part speaks for (`xl/_rels/workbook.xml.rels` → `xl/workbook.xml`; `_rels/.rels` → the root). */
function ownerOfRels(rels: string): string {
  const match = /^(.*?)_rels\/([^/]*)\.rels$/.exec(rels);
  return match ? `${match[1]}${match[2]}` : rels;
}

/**
 * The workbook's bytes with every absolute relationship target (`/xl/tables/table6.xml`, as openpyxl
 * writes them) made relative, as Excel writes them: ExcelJS's full loader finds tables only so. The
 * bytes themselves when there is none; unreadable bytes are returned as they are (ExcelJS says why).
 */
export function withRelativeTargets(bytes: Uint8Array): Uint8Array {
  let pkg: XlsxPackage;
  try {
    pkg = XlsxPackage.open(bytes);
  } catch {
    return bytes;
  }
  let changed = false;
  for (const part of pkg.parts().filter((name) => name.endsWith('.rels'))) {
    let xml: string;
    try {
      xml = pkg.text(part);
    } catch {
      continue;
    }
    const owner = ownerOfRels(part);
    const relative = xml.replace(/(<Relationship\s[^>]*?\bTarget\s*=\s*")\/([^"]*)"/g, (tag: string, start: string, target: string) =>
      /\bTargetMode\s*=\s*"External"/.test(tag) ? tag : `${start}${relativeTo(owner, target)}"`);
    if (relative !== xml) {
      pkg.replace(part, relative);
      changed = true;
    }
  }
  return changed ? pkg.bytes() : bytes;
}

export class XlsxPackage {
  private readonly replaced = new Map<string, string | PieceSource>();

  private constructor(private readonly zip: ZipPackage) {}

  static open(bytes: Uint8Array): XlsxPackage {
    try {
      return new XlsxPackage(ZipPackage.open(bytes));
    } catch (cause) {
      throw new CannotAppendInPlace(cause instanceof Error ? cause.message : 'not a zip');
    }
  }

  /**
   * A part's text. A part of the file that does not end its root element was cut short: every part
   * read here may be rewritten or shape what is written, so it throws IncompletePartError.
   */
  text(part: string): string {
    const replaced = this.replaced.get(part);
    if (typeof replaced === 'function') return [...replaced()].join('');
    if (replaced !== undefined) return replaced;
    if (!this.zip.find(part)) throw new CannotAppendInPlace(`no ${part}`);
    let text: string;
    try {
      text = this.zip.text(part);
    } catch (cause) {
      throw new CannotAppendInPlace(cause instanceof Error ? cause.message : `unreadable ${part}`);
    }
    // UTF-16 (a BOM read as U+FFFD, or NULs between ASCII letters): not for the text writers.
    if (text.charCodeAt(0) === 0xfffd || text.slice(0, 4).includes('\u0000')) throw new CannotAppendInPlace(`${part} is not UTF-8`);
    if (!endsItsRoot(text)) throw new IncompletePartError(part);
    return text;
  }

  /**
   * The part's text from its end back to the start of a row (`<row`), at least `minimum` characters
   * (the whole part when it is shorter): enough to find a long sheet's last rows without holding it
   * all as one string. `whole` says whether that is the entire part.
   */
  tail(part: string, minimum: number): { text: string; whole: boolean } {
    if (this.replaced.has(part)) return { text: this.text(part), whole: true };
    let data: Buffer;
    try {
      data = this.zip.data(part);
    } catch (cause) {
      throw new CannotAppendInPlace(cause instanceof Error ? cause.message : `unreadable ${part}`);
    }
    if (data.length <= minimum) return { text: this.text(part), whole: true };
    const start = data.lastIndexOf('<row', data.length - minimum);
    if (start <= 0) return { text: this.text(part), whole: true };
    const text = data.toString('utf8', start);
    // The root's start tag from the head, its end from the tail: a part cut short is refused as text() does.
    if (!endsItsRoot(data.toString('utf8', 0, Math.min(start, 64 * 1024)) + text)) throw new IncompletePartError(part);
    return { text, whole: false };
  }

  /**
   * A part's inflated bytes (a long sheet read without one huge string), or undefined when it cannot
   * be read or was cut short (the caller's other path then says so).
   */
  data(part: string): Buffer | undefined {
    try {
      const data = this.zip.data(part);
      const head = data.toString('utf8', 0, Math.min(data.length, 64 * 1024));
      const tail = data.toString('utf8', Math.max(0, data.length - 1024));
      return endsItsRoot(data.length <= 64 * 1024 ? head : head + tail) ? data : undefined;
    } catch {
      return undefined;
    }
  }

  has(part: string): boolean {
    return this.replaced.has(part) || this.zip.find(part) !== undefined;
  }

  /** Every part's name, added ones included. */
  parts(): string[] {
    return [...new Set([...this.zip.entries.map((entry) => entry.name), ...this.replaced.keys()])];
  }

  /** Replaces a part, or adds it when the zip lacks it; text in pieces is deflated piece by piece. */
  replace(part: string, text: string | PieceSource): void {
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

  /** The package's bytes; with `keep`, only the parts it accepts (a smaller package to read back). */
  bytes(keep?: (part: string) => boolean): Uint8Array {
    return this.zip.rewrite(this.replaced, keep);
  }
}

export const WORKBOOK = 'xl/workbook.xml';

/** The relationship id an element names (`r:id`, whatever the prefix). */
export function relationshipId(startTag: string): string | undefined {
  for (const [name, value] of attributesOf(startTag)) if (/^[^:]+:id$/.test(name)) return value;
  return undefined;
}

/** Worksheet part of each sheet, by lower-case name (Excel's sheet names ignore case). */
export interface SheetEntry {
  name: string;
  /** The `<sheet>` element of xl/workbook.xml. */
  element: string;
  part: string;
}

/** The workbook's worksheets in order, with their parts. */
export function worksheets(pkg: XlsxPackage): SheetEntry[] {
  const rels = pkg.relationships(WORKBOOK);
  const sheets: SheetEntry[] = [];
  for (const match of pkg.text(WORKBOOK).matchAll(/<sheet\s[^>]*>/g)) {
    const name = attributesOf(match[0]).get('name');
    const rel = rels.get(relationshipId(match[0]) ?? '');
    if (name === undefined || !rel || !rel.type.endsWith('/worksheet')) continue;
    sheets.push({ name: decodeXml(name), element: match[0], part: rel.target });
  }
  if (sheets.length === 0) throw new CannotAppendInPlace('no sheets found (a prefixed or unusual workbook part)');
  return sheets;
}

/** Worksheet part of each sheet, by lower-case name (Excel's sheet names ignore case). */
export function worksheetParts(pkg: XlsxPackage): Map<string, string> {
  return new Map(worksheets(pkg).map((sheet) => [sheet.name.toLowerCase(), sheet.part]));
}

/** The part holding the workbook's styles. */
export function stylesPart(pkg: XlsxPackage): string | undefined {
  return [...pkg.relationships(WORKBOOK).values()].find((rel) => rel.type.endsWith('/styles'))?.target;
}

/**
 * The sheet a part belongs to (its worksheet XML and that part's relationships, or a part its
 * worksheet relates to, such as a table), or undefined when there is none or the parts that would say cannot be read.
 */
export function sheetOwning(pkg: XlsxPackage, part: string): string | undefined {
  try {
    const sheets = worksheets(pkg);
    const own = sheets.find((sheet) => sheet.part === part || relsPathOf(sheet.part) === part);
    if (own) return own.name;
    return sheets.find((sheet) => [...pkg.relationships(sheet.part).values()].some((rel) => rel.target === part))?.name;
  } catch {
    return undefined;
  }
}

/**
 * The first XML part of the workbook (the package's content types and relationships, and every
 * part under xl/) that was cut short (a damaged file), or undefined.
 */
export function firstIncompletePart(pkg: XlsxPackage): IncompletePartError | undefined {
  for (const part of pkg.parts()) {
    if (!/^(?:xl\/.*\.(?:xml|rels)|\[Content_Types\]\.xml|_rels\/\.rels)$/.test(part)) continue;
    try {
      pkg.text(part);
    } catch (cause) {
      if (cause instanceof IncompletePartError) return new IncompletePartError(part, sheetOwning(pkg, part));
    }
  }
  return undefined;
}
