// What Excel makes of a string written to a cell that is not text-formatted ('@'), as when it is typed:
// numbers, percentages, dates and times, TRUE/FALSE, error values, and formulas (a leading = + - or @).
import type { CellValue } from '../../src/core/text';

const NUMERIC = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;
const GROUPED = /^[+-]?\d{1,3}(,\d{3})+(\.\d*)?$/;
const PERCENT = /^[+-]?(\d+\.?\d*|\.\d+)%$/;
const ERROR_VALUES = /^#(N\/A|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|NULL!|SPILL!|CALC!)$/i;
const YMD = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/;
const MONTH_DAY = /^(\d{1,2})\/(\d{1,2})$/;
const CHINESE_DATE = /^(\d{4})年(\d{1,2})月(?:(\d{1,2})日)?$/;
const TIME = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/;

export type CellKind = 'empty' | 'text' | 'number' | 'boolean' | 'date' | 'error' | 'formula';

function serial(year: number, month: number, day: number): number {
  return (Date.UTC(year, month - 1, day) - Date.UTC(1899, 11, 30)) / 86_400_000;
}

/** What Excel makes of a string typed (or written through Range.values) into a cell that is not text. */
export function convertTyped(text: string): { value: CellValue; kind: CellKind; formula?: string } {
  if (NUMERIC.test(text) || GROUPED.test(text)) return { value: Number(text.replace(/,/g, '')), kind: 'number' };
  if (PERCENT.test(text)) return { value: Number(text.slice(0, -1)) / 100, kind: 'number' };
  if (/^[=+\-@]/.test(text)) {
    const formula = text.startsWith('=') ? text : `=${text}`;
    return { value: '#NAME?', kind: 'formula', formula };
  }
  if (ERROR_VALUES.test(text)) return { value: text.toUpperCase(), kind: 'error' };
  if (/^(true|false)$/i.test(text)) return { value: text.toLowerCase() === 'true', kind: 'boolean' };
  const ymd = YMD.exec(text) ?? null;
  if (ymd) return { value: serial(+ymd[1], +ymd[2], +ymd[3]), kind: 'date' };
  const md = MONTH_DAY.exec(text);
  if (md && +md[1] <= 12) return { value: serial(2024, +md[1], +md[2]), kind: 'date' };
  const cn = CHINESE_DATE.exec(text);
  if (cn) return { value: serial(+cn[1], +cn[2], cn[3] ? +cn[3] : 1), kind: 'date' };
  const time = TIME.exec(text);
  if (time) return { value: (+time[1] * 3600 + +time[2] * 60 + +(time[3] ?? 0)) / 86_400, kind: 'date' };
  return { value: text, kind: 'text' };
}
