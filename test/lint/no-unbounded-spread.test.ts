// V8 passes every element of a spread call argument on the stack: `Math.max(...rows)` or
// `out.push(...rows)` throws "Maximum call stack size exceeded" somewhere past 100,000 elements
// (issue 16: `ssj draw` crashed at 200,000 objects). No call in src/ may spread an array, unless the
// line (or the line above) says why it is small: `// spread-ok: <reason>`.
import * as fs from 'fs';
import * as path from 'path';
import * as ts from 'typescript';
import { maxOf, minOf, pushAll } from '../../src/core/arrays';

const SRC = path.join(__dirname, '..', '..', 'src');
const ALLOW = /\/\/\s*spread-ok:\s*\S/;

/** `file:line  text` of every call or `new` that spreads an argument without a spread-ok comment. */
export function unboundedSpreads(fileName: string, text: string): string[] {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, fileName.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const lines = text.split('\n');
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isSpreadElement(node) && (ts.isCallExpression(node.parent) || ts.isNewExpression(node.parent))) {
      const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line;
      if (!ALLOW.test(lines[line]) && !ALLOW.test(lines[line - 1] ?? '')) found.push(`${fileName}:${line + 1}  ${lines[line].trim()}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

describe('no call in src/ spreads an unbounded array into its arguments', () => {
  test('the check finds spreads into Math.max, push and new, and accepts a spread-ok comment', () => {
    const sample = [
      'const a = Math.max(0, ...rows.map((r) => r.length));',
      'out.push(...more);',
      'const d = new Date(...parts);',
      'const b = [...rows, ...more];',
      'const c = { ...object };',
      'list.push(...two); // spread-ok: two items',
      '// spread-ok: a handful of flags',
      'args.push(...flags);',
    ].join('\n');
    expect(unboundedSpreads('sample.ts', sample).map((hit) => hit.split('  ')[0])).toEqual(['sample.ts:1', 'sample.ts:2', 'sample.ts:3']);
  });

  test('maxOf, minOf and pushAll take 300,000 values, where a spread overflows the stack', () => {
    const values = Array.from({ length: 300_000 }, (_, i) => (i * 7919) % 300_007);
    expect(() => Math.max(...values)).toThrow(RangeError);
    expect(maxOf(values)).toBe(300_006);
    expect(minOf(values)).toBe(0);
    expect(pushAll([1], values)).toHaveLength(300_001);
  });

  test('src/ holds none', () => {
    const hits = sourceFiles(SRC).flatMap((file) => unboundedSpreads(path.relative(SRC, file), fs.readFileSync(file, 'utf8')));
    expect(hits).toEqual([]);
  });
});
