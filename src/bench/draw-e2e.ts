// `ssj draw` end to end on a 100,000-object workbook, beside ExcelJS's own load + save of that file.
import ExcelJS from 'exceljs';
import { promises as fs } from 'fs';
import * as path from 'path';
import { run } from '../cli/main';

const silent = { out: () => undefined, err: (text: string) => process.stderr.write(`${text}\n`) };

/** ExcelJS alone: full load and save of the workbook, what a draw cost before it appended in place. */
export async function excelLoadSave(file: string, out: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  await wb.xlsx.writeFile(out);
}

/** The real command, in process: open, validate, draw 联033, append, save atomically to `out`. */
export async function cliDraw(file: string, out: string): Promise<void> {
  const code = await run(
    ['draw', file, '--task', '联033', '--witness', '3179 2046 5581 9023 4417 8830', '--unannounced', '见证号码现场抽取', '--operator', '基准', '--out', out],
    silent,
  );
  if (code !== 0) throw new Error(`ssj draw exited ${code}`);
}

export function scratch(dir: string, name: string): string {
  return path.join(dir, name);
}

export async function removeQuietly(file: string): Promise<void> {
  await fs.rm(file, { force: true });
}
