// Reading a write back before it counts (issue 13, "a success that is not one"): the rows just appended
// to 抽取日志 and 抽查结果 are read from the new bytes by the very reader verify uses, and compared with
// what was hashed. A difference refuses the save, so that no command reports a success that verify
// would then fail. Node only (a temp file for ExcelJS's streaming reader).
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { UserFacingError, type Problem } from '../core/messages/problem';
import { workbookLimitMessages } from '../core/messages/workbook-limits';
import { columnLetter, type CellValue } from '../core/text';
import type { WorkbookChange } from './port';
import { cellValueFor } from './xlsx-write';
import { relsPathOf, worksheets, WORKBOOK, XlsxPackage } from './xlsx-package';
import type { WorkbookPort } from './port';

type AppendRows = Extract<WorkbookChange, { kind: 'appendRows' }>;

/**
 * The sheets read back: every sheet appended to, except a chain that continues (抽取快照 grows by a
 * registry per draw; its ids are refused at validate when they hold invisible characters, §3.8, and
 * verify recomputes its hashes).
 */
function appendsToCheck(changes: readonly WorkbookChange[]): Map<string, AppendRows[]> {
  const bySheet = new Map<string, AppendRows[]>();
  for (const change of changes) {
    if (change.kind !== 'appendRows' || change.continueOn || change.rows.length === 0) continue;
    const list = bySheet.get(change.sheet) ?? [];
    list.push(change);
    bySheet.set(change.sheet, list);
  }
  return bySheet;
}

/**
 * A package of the workbook's parts minus the other sheets (and their parts' relationships): ExcelJS's
 * streaming reader then parses only what is checked.
 */
function packageOf(bytes: Uint8Array, sheets: ReadonlySet<string>): Uint8Array {
  const pkg = XlsxPackage.open(bytes);
  const dropped = new Set<string>();
  let workbook = pkg.text(WORKBOOK).replace(/<definedNames[\s>][\s\S]*?<\/definedNames>/, '');
  for (const sheet of worksheets(pkg)) {
    if (sheets.has(sheet.name.toLowerCase())) continue;
    dropped.add(sheet.part);
    dropped.add(relsPathOf(sheet.part));
    workbook = workbook.replace(sheet.element, '');
  }
  pkg.replace(WORKBOOK, workbook);
  return pkg.bytes((part) => !dropped.has(part) && part !== 'xl/calcChain.xml');
}

function same(written: CellValue, read: CellValue): boolean {
  if (written === null || written === '') return read === null;
  if (typeof written === 'number' && typeof read === 'number') return Math.abs(written - read) < 1e-9;
  return written === read;
}

/** The rows holding a value, from the end: the appended ones are the last. */
function lastRows(values: CellValue[][], count: number): Array<{ row: number; cells: CellValue[] }> {
  const found: Array<{ row: number; cells: CellValue[] }> = [];
  for (let r = values.length - 1; r >= 0 && found.length < count; r--) {
    if (values[r].some((cell) => cell !== null)) found.push({ row: r + 1, cells: values[r] });
  }
  return found.reverse();
}

function compare(sheet: string, appends: readonly AppendRows[], values: CellValue[][]): Problem[] {
  const written = appends.flatMap((change) => change.rows.map((row) => row.map((value, col) => cellValueFor(value, change.formats?.[col]))));
  const read = lastRows(values, written.length);
  const problems: Problem[] = [];
  written.forEach((cells, i) => {
    const got = read[i - (written.length - read.length)];
    cells.forEach((value, col) => {
      const readValue = got?.cells[col] ?? null;
      if (problems.length < 5 && !same(value, readValue)) {
        const cell = `${columnLetter(col)}${got?.row ?? '?'}`;
        problems.push(workbookLimitMessages.readBackDiffers(sheet, cell, String(value ?? ''), String(readValue ?? '')));
      }
    });
  });
  return problems;
}

/**
 * Throws a UserFacingError (workbook.read-back, at the first cells that differ) when the rows `changes`
 * append do not read back from `bytes` exactly as written.
 */
export async function checkReadBack(
  bytes: Uint8Array,
  changes: readonly WorkbookChange[],
  reader: (file: string) => WorkbookPort,
): Promise<void> {
  const bySheet = appendsToCheck(changes);
  if (bySheet.size === 0) return;
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'ssj-read-back-'));
  try {
    const file = path.join(dir, 'written.xlsx');
    await fs.writeFile(file, packageOf(bytes, new Set([...bySheet.keys()].map((name) => name.toLowerCase()))));
    const port = reader(file);
    const present = await port.listSheets();
    const names = [...bySheet.keys()].map((name) => present.find((p) => p.toLowerCase() === name.toLowerCase()) ?? name);
    const sheets = await port.readSheets(names);
    const problems = names.flatMap((name, i) => compare(name, [...bySheet.values()][i], sheets.get(name) ?? []));
    if (problems.length > 0) throw new UserFacingError(problems);
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}
