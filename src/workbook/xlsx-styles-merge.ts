// Carrying cell styles from one workbook's styles.xml into another's, for sheets grafted in place:
// each style a grafted sheet uses is added to the target (with its font, fill, border and number
// format) unless an identical one is there already, and the sheet's style indices are renumbered.
import { attributesOf, CannotAppendInPlace, decodeXml, escapeAttribute, findTag, startTagAt } from './sheet-xml';
import { maxOf } from '../core/arrays';

const FIRST_CUSTOM_FORMAT = 164;

/** One `<fonts>`-like section: its element texts, and where it sits in the XML. */
interface Section {
  items: string[];
  added: string[];
}

function elementsOf(xml: string, section: string, item: string): string[] {
  const start = findTag(xml, section);
  if (start < 0) throw new CannotAppendInPlace(`styles without <${section}>`);
  const tag = startTagAt(xml, start);
  if (tag.endsWith('/>')) return [];
  const end = xml.indexOf(`</${section}>`, start);
  if (end < 0) throw new CannotAppendInPlace(`unterminated <${section}>`);
  const pattern = new RegExp(`<${item}\\b[^>]*/>|<${item}\\b[^>]*>[\\s\\S]*?</${item}>`, 'g');
  return [...xml.slice(start + tag.length, end).matchAll(pattern)].map((m) => m[0]);
}

function numberFormats(xml: string): Map<string, string> {
  const formats = new Map<string, string>();
  for (const match of xml.matchAll(/<numFmt\s[^>]*>/g)) {
    const attributes = attributesOf(match[0]);
    formats.set(attributes.get('numFmtId') ?? '', decodeXml(attributes.get('formatCode') ?? ''));
  }
  return formats;
}

function setAttribute(element: string, name: string, value: string): string {
  const tag = startTagAt(element, 0);
  const pattern = new RegExp(`\\s${name}\\s*=\\s*("[^"]*"|'[^']*')`);
  const next = pattern.test(tag) ? tag.replace(pattern, ` ${name}="${value}"`) : tag.replace(/^(<\w+)/, `$1 ${name}="${value}"`);
  return next + element.slice(tag.length);
}

export class StyleMerger {
  private readonly source: { formats: Map<string, string>; fonts: string[]; fills: string[]; borders: string[]; xfs: string[] };
  private readonly target: Record<'fonts' | 'fills' | 'borders' | 'cellXfs', Section>;
  private readonly targetFormats: Map<string, string>;
  private readonly addedFormats = new Map<string, string>();
  private readonly mapped = new Map<string, string>();

  constructor(
    private readonly targetXml: string,
    sourceXml: string,
  ) {
    this.source = {
      formats: numberFormats(sourceXml),
      fonts: elementsOf(sourceXml, 'fonts', 'font'),
      fills: elementsOf(sourceXml, 'fills', 'fill'),
      borders: elementsOf(sourceXml, 'borders', 'border'),
      xfs: elementsOf(sourceXml, 'cellXfs', 'xf'),
    };
    const section = (name: string, item: string): Section => ({ items: elementsOf(targetXml, name, item), added: [] });
    this.target = {
      fonts: section('fonts', 'font'),
      fills: section('fills', 'fill'),
      borders: section('borders', 'border'),
      cellXfs: section('cellXfs', 'xf'),
    };
    this.targetFormats = numberFormats(targetXml);
  }

  /** The target's index for the source's cell style `index`. */
  map(index: string): string {
    const known = this.mapped.get(index);
    if (known !== undefined) return known;
    const xf = this.source.xfs[Number(index)];
    if (xf === undefined) throw new CannotAppendInPlace(`style ${index} missing`);
    const attributes = attributesOf(startTagAt(xf, 0));
    let copy = setAttribute(xf, 'xfId', '0');
    copy = setAttribute(copy, 'numFmtId', this.formatId(attributes.get('numFmtId') ?? '0'));
    copy = setAttribute(copy, 'fontId', this.reuseOrAdd('fonts', this.source.fonts, attributes.get('fontId') ?? '0'));
    copy = setAttribute(copy, 'fillId', this.reuseOrAdd('fills', this.source.fills, attributes.get('fillId') ?? '0'));
    copy = setAttribute(copy, 'borderId', this.reuseOrAdd('borders', this.source.borders, attributes.get('borderId') ?? '0'));
    const result = this.indexOf('cellXfs', copy);
    this.mapped.set(index, result);
    return result;
  }

  private formatId(id: string): string {
    if (Number(id) < FIRST_CUSTOM_FORMAT) return id;
    const code = this.source.formats.get(id);
    if (code === undefined) throw new CannotAppendInPlace(`number format ${id} missing`);
    for (const [targetId, targetCode] of [...this.targetFormats, ...this.addedFormats]) if (targetCode === code) return targetId;
    const ids = [...this.targetFormats.keys(), ...this.addedFormats.keys()].map(Number).filter(Number.isFinite);
    const next = String(maxOf(ids, FIRST_CUSTOM_FORMAT - 1) + 1);
    this.addedFormats.set(next, code);
    return next;
  }

  /**
   * The first font, border and the first two fills are the workbook's defaults (fills 0 and 1 are
   * fixed by the format): a default of the source stands for the target's own, as ExcelJS's full
   * path leaves unstyled parts on the workbook's default font.
   */
  private reuseOrAdd(section: 'fonts' | 'fills' | 'borders', items: string[], id: string): string {
    if (id === '0' || (section === 'fills' && id === '1')) return id;
    const element = items[Number(id)];
    if (element === undefined) throw new CannotAppendInPlace(`${section} ${id} missing`);
    return this.indexOf(section, element);
  }

  private indexOf(section: keyof StyleMerger['target'], element: string): string {
    const { items, added } = this.target[section];
    const at = [...items, ...added].indexOf(element);
    if (at >= 0) return String(at);
    added.push(element);
    return String(items.length + added.length - 1);
  }

  /** The target's styles.xml with everything mapped so far added, counts updated. */
  result(): string {
    let xml = this.targetXml;
    for (const [name, { items, added }] of Object.entries(this.target)) {
      if (added.length === 0) continue;
      const start = findTag(xml, name);
      const tag = startTagAt(xml, start);
      const end = xml.indexOf(`</${name}>`, start);
      const counted = setAttribute(`${tag.replace(/\s*\/>$/, '>')}`, 'count', String(items.length + added.length));
      const body = tag.endsWith('/>') ? '' : xml.slice(start + tag.length, end);
      const after = tag.endsWith('/>') ? start + tag.length : end + `</${name}>`.length;
      xml = `${xml.slice(0, start)}${counted}${body}${added.join('')}</${name}>${xml.slice(after)}`;
    }
    if (this.addedFormats.size > 0) {
      const added = [...this.addedFormats].map(([id, code]) => `<numFmt numFmtId="${id}" formatCode="${escapeAttribute(code)}"/>`).join('');
      const start = findTag(xml, 'numFmts');
      if (start >= 0) {
        const tag = startTagAt(xml, start);
        if (tag.endsWith('/>')) throw new CannotAppendInPlace('empty <numFmts/>');
        const end = xml.indexOf('</numFmts>', start);
        const total = this.targetFormats.size + this.addedFormats.size;
        xml = `${xml.slice(0, start)}${setAttribute(tag, 'count', String(total))}${xml.slice(start + tag.length, end)}${added}${xml.slice(end)}`;
      } else {
        // numFmts is the first child of styleSheet.
        const sheet = findTag(xml, 'styleSheet');
        if (sheet < 0) throw new CannotAppendInPlace('no <styleSheet>');
        const open = sheet + startTagAt(xml, sheet).length;
        xml = `${xml.slice(0, open)}<numFmts count="${this.addedFormats.size}">${added}</numFmts>${xml.slice(open)}`;
      }
    }
    return xml;
  }
}
