// One Chinese name per concept (GLOSSARY): every string the pane shows, every message file, the
// pane's and the CLI's sources and README.md use the glossary's term, never an avoided synonym.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { GLOSSARY, TERM } from '../../src/core/messages/glossary';
import { UI } from '../../src/core/messages/ui';

const ROOT = join(__dirname, '..', '..');

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

/** Every string UI can produce: plain strings, and functions called with sample arguments of each kind. */
function uiStrings(node: unknown, path = 'UI'): Array<[string, string]> {
  if (typeof node === 'string') return [[path, node]];
  if (typeof node === 'function') {
    const args = Array.from({ length: Math.max(node.length, 4) }, (_, i) => (i % 2 === 0 ? 2 : '联033-1'));
    for (const sample of [args, args.map(() => 12345), args.map(() => ['甲', '乙'])]) {
      try {
        const out = (node as (...a: unknown[]) => unknown)(...sample);
        if (typeof out === 'string') return [[path, out]];
      } catch {
        // another kind of argument is tried next
      }
    }
    return [];
  }
  if (node && typeof node === 'object') return Object.entries(node).flatMap(([key, value]) => uiStrings(value, `${path}.${key}`));
  return [];
}

const avoided = (text: string) =>
  GLOSSARY.flatMap((entry) => entry.avoid.filter((re) => re.test(text)).map((re) => `${re.source} (use ${entry.term})`));

test('every pane string uses the glossary term, never an avoided synonym', () => {
  const strings = uiStrings(UI);
  expect(strings.length).toBeGreaterThan(150);
  const offending = strings.flatMap(([path, text]) => avoided(text).map((what) => `${path}: ${what} in “${text}”`));
  expect(offending).toEqual([]);
});

test('messages, pane, preview and CLI sources and the README use no avoided synonym', () => {
  const files = [
    ...filesUnder(join(ROOT, 'src', 'core', 'messages')).filter((f) => !f.endsWith('glossary.ts')),
    ...filesUnder(join(ROOT, 'src', 'taskpane')),
    ...filesUnder(join(ROOT, 'src', 'preview')),
    ...filesUnder(join(ROOT, 'src', 'cli')),
    join(ROOT, 'README.md'),
  ];
  const offending = files.flatMap((file) =>
    readFileSync(file, 'utf8').split('\n').flatMap((line, i) => avoided(line).map((what) => `${file.slice(ROOT.length + 1)}:${i + 1}: ${what}`)));
  expect(offending).toEqual([]);
});

test('the pane names a problem level and the dry run, the eligible pools and the log hash by the glossary', () => {
  expect(UI.problems.error).toBe(TERM.error);
  expect(UI.problems.warning).toBe(TERM.warning);
  expect(UI.draw.dryRunTitle('联033-1')).toContain(TERM.dryRun);
  expect(UI.draw.deptEligible('交通运输局', 3, 2)).toContain(TERM.eligibleInspectors);
  expect(UI.draw.eligible).toBe(TERM.eligibleObjects);
  expect(UI.draw.summaryLogHash).toBe(TERM.lastLogHash);
  expect(UI.verify.lastLogHash).toBe(TERM.lastLogHash);
  expect(UI.void.logHash).toBe(TERM.lastLogHash);
});

test('each glossary term is itself none of the avoided names, and each concept has one entry', () => {
  for (const entry of GLOSSARY) expect(avoided(entry.term)).toEqual([]);
  expect(new Set(GLOSSARY.map((e) => e.concept)).size).toBe(GLOSSARY.length);
  expect(Object.values(TERM).every((term) => GLOSSARY.some((e) => e.term === term))).toBe(true);
});

test('counts are written in full with thousands separators', () => {
  expect(UI.draw.minimum(100000)).toContain('100,000');
  expect(UI.draw.confirmBody('联033', '联033-1', 10002)).toContain('10,002 户');
});
