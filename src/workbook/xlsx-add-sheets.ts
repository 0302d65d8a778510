// Adding table sheets (the product's 抽查结果, 抽取日志, 抽取快照 on a workbook that lacks them) to an
// .xlsx in place. ExcelJS makes each sheet in a workbook of its own, exactly as createTableSheet
// makes it anywhere; its parts are then grafted into the target: styles merged, shared strings
// written inline, and part names, sheet and table ids, table names and relationships renumbered.
import type { TableSheetSpec } from './port';
import { CannotAppendInPlace, attributesOf, decodeXml, escapeAttribute, escapeText, findTag, startTagAt } from './sheet-xml';
import { XlsxWorkbook } from './xlsx';
import { relsPathOf, stylesPart, WORKBOOK, worksheets, XlsxPackage } from './xlsx-package';
import { StyleMerger } from './xlsx-styles-merge';
import { maxOf } from '../core/arrays';

const CONTENT_TYPES = '[Content_Types].xml';
const RELATIONSHIPS_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const WORKSHEET_REL = `${RELATIONSHIPS_NS}/worksheet`;
const WORKSHEET_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';
const TABLE_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml';
const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** Inserts `text` before the closing tag `</name>` (the part's last one). */
function insertBefore(xml: string, name: string, text: string): string {
  const end = xml.lastIndexOf(`</${name}>`);
  if (end < 0) throw new CannotAppendInPlace(`no </${name}>`);
  return `${xml.slice(0, end)}${text}${xml.slice(end)}`;
}

const largest = (values: Iterable<number>): number => maxOf([...values].filter(Number.isFinite), 0);

/** Fresh, unique names and ids in the target, allocated as sheets are grafted. */
class Allocator {
  private sheetParts: number;
  private tableParts: number;
  private tableIds: number;
  private sheetIds: number;
  private readonly tableNames: Set<string>;

  constructor(pkg: XlsxPackage) {
    const numbered = (pattern: RegExp) => largest(pkg.parts().map((part) => Number(pattern.exec(part)?.[1])));
    this.sheetParts = numbered(/^xl\/worksheets\/sheet(\d+)\.xml$/);
    this.tableParts = numbered(/^xl\/tables\/table(\d+)\.xml$/);
    const tableStartTag = (xml: string) => attributesOf(startTagAt(xml, findTag(xml, 'table')));
    const tables = pkg.parts().filter((part) => /^xl\/tables\/[^/]+\.xml$/.test(part)).map((part) => tableStartTag(pkg.text(part)));
    this.tableIds = largest(tables.map((t) => Number(t.get('id'))));
    this.tableNames = new Set(tables.flatMap((t) => [t.get('name'), t.get('displayName')]).filter((n): n is string => !!n).map((n) => decodeXml(n).toLowerCase()));
    this.sheetIds = largest([...pkg.text(WORKBOOK).matchAll(/<sheet\s[^>]*>/g)].map((m) => Number(attributesOf(m[0]).get('sheetId'))));
  }

  sheetPart = (): string => `xl/worksheets/sheet${++this.sheetParts}.xml`;
  tablePart = (): string => `xl/tables/table${++this.tableParts}.xml`;
  tableId = (): number => ++this.tableIds;
  sheetId = (): number => ++this.sheetIds;

  /** As createTableSheet names tables: the name, else name_2, name_3, … */
  tableName(base: string): string {
    let name = base;
    for (let n = 2; this.tableNames.has(name.toLowerCase()); n++) name = `${base}_${n}`;
    this.tableNames.add(name.toLowerCase());
    return name;
  }
}

function sharedStrings(pkg: XlsxPackage): string[] {
  if (!pkg.has('xl/sharedStrings.xml')) return [];
  return [...pkg.text('xl/sharedStrings.xml').matchAll(/<si>([\s\S]*?)<\/si>/g)].map((si) =>
    [...si[1].matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>/g)].map((t) => decodeXml(t[1])).join(''),
  );
}

/** Shared-string cells as inline strings: the target's shared strings stay untouched. */
function inlineStrings(xml: string, strings: readonly string[]): string {
  return xml.replace(/<c(\s[^>]*?)\st="s"([^>]*)>\s*<v>(\d+)<\/v>\s*<\/c>/g, (_, before: string, after: string, index: string) => {
    const text = strings[Number(index)];
    if (text === undefined) throw new CannotAppendInPlace(`shared string ${index} missing`);
    const space = /^\s|\s$/.test(text) ? ' xml:space="preserve"' : '';
    return `<c${before}${after} t="inlineStr"><is><t${space}>${escapeText(text)}</t></is></c>`;
  });
}

function renumberStyles(xml: string, styles: StyleMerger): string {
  return xml
    .replace(/<(c|row)\s[^>]*>/g, (tag) => tag.replace(/\ss="(\d+)"/, (_, s: string) => ` s="${styles.map(s)}"`))
    .replace(/<col\s[^>]*>/g, (tag) => tag.replace(/\sstyle="(\d+)"/, (_, s: string) => ` style="${styles.map(s)}"`));
}

function renameTable(xml: string, ids: Allocator): string {
  const at = findTag(xml, 'table');
  const tag = startTagAt(xml, at);
  const attributes = attributesOf(tag);
  const name = ids.tableName(decodeXml(attributes.get('name') ?? 'Table'));
  const renamed = tag
    .replace(/\sid="\d+"/, ` id="${ids.tableId()}"`)
    .replace(/\sname="[^"]*"/, ` name="${escapeAttribute(name)}"`)
    .replace(/\sdisplayName="[^"]*"/, ` displayName="${escapeAttribute(name)}"`);
  return `${xml.slice(0, at)}${renamed}${xml.slice(at + tag.length)}`;
}

function addOverride(pkg: XlsxPackage, part: string, type: string): void {
  pkg.replace(CONTENT_TYPES, insertBefore(pkg.text(CONTENT_TYPES), 'Types', `<Override PartName="/${part}" ContentType="${type}"/>`));
}

/** The prefix xl/workbook.xml binds to the relationships namespace (`r` as a rule). */
function relationshipsPrefix(workbookXml: string): string {
  const tag = startTagAt(workbookXml, findTag(workbookXml, 'workbook'));
  for (const [name, value] of attributesOf(tag)) if (name.startsWith('xmlns:') && value === RELATIONSHIPS_NS) return name.slice(6);
  throw new CannotAppendInPlace('workbook without the relationships namespace');
}

function nextRelationshipId(pkg: XlsxPackage, part: string): string {
  const taken = new Set(pkg.relationships(part).keys());
  let n = taken.size + 1;
  while (taken.has(`rId${n}`)) n++;
  return `rId${n}`;
}

interface Graft {
  source: XlsxPackage;
  strings: string[];
  styles: StyleMerger;
  ids: Allocator;
}

function graftSheet(pkg: XlsxPackage, sheet: { name: string; part: string }, hidden: boolean, graft: Graft): void {
  const { source, strings, styles, ids } = graft;
  const part = ids.sheetPart();
  const rels: string[] = [];
  for (const [id, rel] of source.relationships(sheet.part)) {
    if (!rel.type.endsWith('/table')) throw new CannotAppendInPlace('a made sheet with parts other than tables');
    const table = ids.tablePart();
    pkg.replace(table, renameTable(source.text(rel.target), ids));
    addOverride(pkg, table, TABLE_TYPE);
    rels.push(`<Relationship Id="${id}" Type="${escapeAttribute(rel.type)}" Target="../tables/${table.split('/').pop()}"/>`);
  }
  if (rels.length > 0) {
    pkg.replace(relsPathOf(part), `${XML_DECLARATION}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join('')}</Relationships>`);
  }
  const xml = renumberStyles(inlineStrings(source.text(sheet.part), strings), styles).replace(/\stabSelected="1"/g, '');
  pkg.replace(part, xml);
  addOverride(pkg, part, WORKSHEET_TYPE);

  const relId = nextRelationshipId(pkg, WORKBOOK);
  const workbookRels = relsPathOf(WORKBOOK);
  pkg.replace(workbookRels, insertBefore(pkg.text(workbookRels), 'Relationships', `<Relationship Id="${relId}" Type="${WORKSHEET_REL}" Target="${part.slice('xl/'.length)}"/>`));
  const workbook = pkg.text(WORKBOOK);
  const element = `<sheet name="${escapeAttribute(sheet.name)}" sheetId="${ids.sheetId()}"${hidden ? ' state="hidden"' : ''} ${relationshipsPrefix(workbook)}:id="${relId}"/>`;
  pkg.replace(WORKBOOK, insertBefore(workbook, 'sheets', element));
}

/** Adds the sheets at the end of the workbook, in order, made as createTableSheet makes them. */
export async function addTableSheets(pkg: XlsxPackage, specs: readonly TableSheetSpec[]): Promise<void> {
  if (specs.length === 0) return;
  const made = XlsxWorkbook.create();
  // Made visible (a workbook of hidden sheets alone is refused); the target gets the spec's state.
  await made.apply(specs.map((spec) => ({ kind: 'createTableSheet' as const, spec: { ...spec, hidden: false } })));
  const source = XlsxPackage.open(await made.toBuffer());
  const targetStyles = stylesPart(pkg);
  const sourceStyles = stylesPart(source);
  if (!targetStyles || !sourceStyles || !pkg.has(targetStyles)) throw new CannotAppendInPlace('no styles part');
  const styles = new StyleMerger(pkg.text(targetStyles), source.text(sourceStyles));
  const graft: Graft = { source, strings: sharedStrings(source), styles, ids: new Allocator(pkg) };
  if (findTag(pkg.text(WORKBOOK), 'sheets') < 0) throw new CannotAppendInPlace('no <sheets>');
  const sheets = worksheets(source);
  if (sheets.length !== specs.length) throw new CannotAppendInPlace('made sheets do not match');
  sheets.forEach((sheet, i) => graftSheet(pkg, sheet, !!specs[i].hidden, graft));
  pkg.replace(targetStyles, styles.result());
}
