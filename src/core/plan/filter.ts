// 对象筛选 (SPEC §2): conditions joined by `;`, all must hold: `列名=值1|值2` (equals one of),
// `列名~文本` (contains), `标签=X` (has tag). Column names are the registry's headers.
import type { FilterCondition } from '../model';
import { headerKey, normalizeText, type CellValue } from '../text';

export type FilterFault =
  | { kind: 'syntax'; part: string }
  | { kind: 'unknownColumn'; part: string; column: string }
  | { kind: 'severalTags'; part: string };

export interface ParsedFilter {
  conditions: FilterCondition[];
  faults: FilterFault[];
}

const CONDITIONS = /;+/u;
const LINE_BREAKS = /\s*[\r\n]+\s*/u;
const OPERATOR = /[=~〜]/u;
// Only the pseudo-column 标签 tests tags: 分类标签 is a registry header like any other, so by the
// letter of SPEC §2 `分类标签=X` compares the whole cell (plan-sheet warns the clerk about it).
const TAG_COLUMN = '标签';

function parseCondition(part: string, knownColumns?: ReadonlySet<string>): FilterCondition | FilterFault {
  const at = part.search(OPERATOR);
  if (at <= 0) return { kind: 'syntax', part };
  const column = headerKey(part.slice(0, at));
  const operator = part[at] === '=' ? '=' : '~';
  const right = part.slice(at + 1);
  if (column === TAG_COLUMN) {
    const tags = right.split('|').map(headerKey).filter((tag) => tag !== '');
    if (operator !== '=' || tags.length === 0) return { kind: 'syntax', part };
    return tags.length === 1 ? { kind: 'tag', tag: tags[0] } : { kind: 'severalTags', part };
  }
  if (knownColumns && !knownColumns.has(column)) return { kind: 'unknownColumn', part, column };
  if (operator === '~') {
    const text = normalizeText(right);
    return text === '' ? { kind: 'syntax', part } : { kind: 'contains', column, text };
  }
  const values = right.split('|').map((value) => normalizeText(value)).filter((value) => value !== '');
  return values.length === 0 ? { kind: 'syntax', part } : { kind: 'equals', column, values };
}

/**
 * A line break starts a new condition when the line holds an operator; otherwise it is the layout
 * breaking a long value ("标签=道路运\n输经营主体") and the lines are joined.
 */
function conditionTexts(text: string): string[] {
  const parts: string[] = [];
  for (const chunk of text.split(CONDITIONS)) {
    const lines = chunk.split(LINE_BREAKS).filter((line) => line !== '');
    lines.forEach((line, index) => {
      if (index > 0 && !OPERATOR.test(line)) parts[parts.length - 1] += line;
      else parts.push(line);
    });
  }
  return parts.map((part) => part.trim()).filter((part) => part !== '');
}

/**
 * The conditions of a 对象筛选 cell and what could not be read. Columns are compared as headerKey
 * (the keys of InspectionObject.fields); `knownColumns`, when given, are the registry's header keys.
 * `标签=X` tests the object's tags, compared without white space.
 */
export function parseFilter(value: CellValue | undefined, knownColumns?: ReadonlySet<string>): ParsedFilter {
  const result: ParsedFilter = { conditions: [], faults: [] };
  for (const part of conditionTexts(normalizeText(value ?? null))) {
    const parsed = parseCondition(part, knownColumns);
    if (parsed.kind === 'syntax' || parsed.kind === 'unknownColumn' || parsed.kind === 'severalTags') result.faults.push(parsed);
    else result.conditions.push(parsed);
  }
  return result;
}
