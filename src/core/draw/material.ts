// SPEC §3.8 ssj-draw/2: canonical seed material (witness digits, public numbers), the seed, and the
// 公告's source `名称|期号|开奖时间|count×width`. The same digits however written give the same seed.
import { sha256Hex } from '../hash';
import { UserFacingError } from '../messages/problem';
import { materialMessages as m } from '../messages/draw-material';
import { EXCEL_CELL_MAX_CHARS } from '../schema';
import { codePointName, invisibleCharacter } from '../chars';

export { codePointName };

export const WITNESS_MIN_DIGITS_2 = 20;

/** SPEC §3.8: white space is U+0009–U+000D and U+0020 only (after NFKC). */
const isWhiteSpace = (code: number): boolean => (code >= 0x09 && code <= 0x0d) || code === 0x20;
/** SPEC §3.8: a digit is ASCII 0–9 only. */
const isDigit = (code: number): boolean => code >= 0x30 && code <= 0x39;
/** SPEC §3.8 separators `, ; . : - / ( ) 、 。`. */
const SEPARATORS = new Set([...',;.:-/()、。'].map((c) => c.codePointAt(0)!));
const allowed = (code: number): boolean => isDigit(code) || isWhiteSpace(code) || SEPARATORS.has(code);

/**
 * SPEC §3.8: after NFKC the input may hold only digits, white space and separators. The refused
 * character is named as typed (its code point) with its 1-based position among the input's characters.
 */
function refuseForeign(input: string, what: string): string {
  const normalized = input.normalize('NFKC');
  const bad = [...normalized].find((c) => !allowed(c.codePointAt(0)!));
  if (bad === undefined) return normalized;
  // Name the character the clerk typed: the first whose NFKC form holds a refused character.
  const typed = [...input];
  const at = typed.findIndex((c) => [...c.normalize('NFKC')].some((n) => !allowed(n.codePointAt(0)!)));
  const shown = at >= 0 ? typed[at] : bad;
  throw new UserFacingError([m.foreignCharacter(what, codePointName(shown.codePointAt(0)!), shown, at >= 0 ? at + 1 : undefined)]);
}

/** SPEC §3.8 witness digits: material = the ASCII digits alone, in order; at least 20. */
export function witnessDigits(input: string): string {
  const digits = refuseForeign(input, '见证号码').replace(/[^0-9]/g, '');
  if (digits.length < WITNESS_MIN_DIGITS_2) throw new UserFacingError([m.witnessTooShort(digits.length, WITNESS_MIN_DIGITS_2)]);
  if (digits.length > EXCEL_CELL_MAX_CHARS) throw new UserFacingError([m.witnessTooLong(digits.length, EXCEL_CELL_MAX_CHARS)]);
  return digits;
}

/** SPEC §3.8 public numbers: the form of a 公告's drawing, `count` numbers of `width` digits. */
export interface NumbersForm {
  count: number;
  width: number;
}

/**
 * SPEC §3.8 public numbers: runs of digits separated by white space or separators, exactly `count`
 * of them (a single run of exactly count × width digits is split into count numbers), each
 * zero-padded to `width`; material = the numbers sorted ascending, concatenated.
 */
export function publicNumbersMaterial(input: string, form: NumbersForm): string {
  const runs = refuseForeign(input, '开奖号码').split(/[^0-9]+/).filter((run) => run !== '');
  const { count, width } = form;
  const numbers = runs.length === 1 && count > 1 && runs[0].length === count * width
    ? Array.from({ length: count }, (_, i) => runs[0].slice(i * width, (i + 1) * width))
    : runs;
  if (numbers.length !== count) throw new UserFacingError([m.numbersCount(numbers.length, form)]);
  const tooWide = numbers.find((n) => n.length > width);
  if (tooWide !== undefined) throw new UserFacingError([m.numberTooWide(tooWide, form)]);
  // Padded to one width, string order is numeric order.
  return numbers.map((n) => n.padStart(width, '0')).sort().join('');
}

/** Whether stored material is in a form's canonical shape: count × width digits, numbers ascending. */
export function isCanonicalNumbers(material: string, form: NumbersForm): boolean {
  if (!/^[0-9]*$/.test(material) || material.length !== form.count * form.width) return false;
  const numbers = Array.from({ length: form.count }, (_, i) => material.slice(i * form.width, (i + 1) * form.width));
  return numbers.every((n, i) => i === 0 || numbers[i - 1] <= n);
}

/** SPEC §3.8: seed = H(JSON.stringify(["ssj-seed/2", 任务编号, batch, material])), batch a number. */
export function seedFromMaterial(taskId: string, batch: number, material: string): Promise<string> {
  return sha256Hex(JSON.stringify(['ssj-seed/2', taskId, batch, material]));
}

/** SPEC §3.8 公告 说明: the source of the public numbers. */
export interface DrawingSource extends NumbersForm {
  name: string;
  issue: string;
  /** 开奖时间 in UTC+08:00, `YYYY-MM-DD HH:MM`. */
  time: string;
}

const TIME_PATTERN = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2})$/;

/** The 开奖时间 as an instant (the text is China time, UTC+08:00); null when it is no real time. */
export function drawingInstant(time: string): Date | null {
  const match = TIME_PATTERN.exec(time);
  if (!match) return null;
  const [y, mo, d, h, mi] = match.slice(1).map(Number);
  const instant = new Date(Date.UTC(y, mo - 1, d, h - 8, mi));
  const local = new Date(instant.getTime() + 8 * 3_600_000);
  const real = local.getUTCFullYear() === y && local.getUTCMonth() === mo - 1 && local.getUTCDate() === d && h < 24 && mi < 60;
  return real ? instant : null;
}

/** SPEC §3.8 fixed form `名称|期号|开奖时间|count×width`. */
export function sourceText(source: DrawingSource): string {
  return `${source.name}|${source.issue}|${source.time}|${source.count}×${source.width}`;
}

/**
 * Reads `名称|期号|开奖时间|count×width` (NFKC, parts trimmed; `x`, `X`, `*` accepted for `×`; the time
 * as `YYYY-MM-DD HH:MM` or with `T`, `/` or a one-digit month, day or hour). Throws naming what is wrong.
 */
export function parseSource(text: string): DrawingSource {
  const parts = text.normalize('NFKC').split('|').map((p) => p.trim());
  if (parts.length !== 4) throw new UserFacingError([m.sourceShape(text)]);
  const [name, issue, timeText, formText] = parts;
  for (const [label, value] of [['名称', name], ['期号', issue]] as const) {
    if (value === '') throw new UserFacingError([m.sourcePartEmpty(label)]);
    const hidden = invisibleCharacter(value);
    if (hidden) throw new UserFacingError([m.sourceInvisible(label, codePointName(hidden.code), hidden.position)]);
  }
  const time = canonicalTime(timeText);
  if (!time) throw new UserFacingError([m.sourceTime(timeText)]);
  const form = /^(\d{1,4})\s*[×xX*]\s*(\d{1,3})$/.exec(formText);
  const count = form ? Number(form[1]) : 0;
  const width = form ? Number(form[2]) : 0;
  if (!form || count < 1 || width < 1) throw new UserFacingError([m.sourceForm(formText)]);
  return { name, issue, time, count, width };
}

function canonicalTime(text: string): string | null {
  const match = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:\s+|T)(\d{1,2}):(\d{2})$/.exec(text);
  if (!match) return null;
  const pad = (s: string) => s.padStart(2, '0');
  const time = `${match[1]}-${pad(match[2])}-${pad(match[3])} ${pad(match[4])}:${match[5]}`;
  return drawingInstant(time) ? time : null;
}
