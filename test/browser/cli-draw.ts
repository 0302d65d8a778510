// The draw the CLI makes: `ssj init --sample` writes an .xlsx, `ssj draw` reads it and draws.
// Same use cases, same ExcelJS adapter, run in-process on the bytes of a real file.
import { createTemplate, drawTask, type DrawReport } from '../../src/usecases';
import { XlsxWorkbook } from '../../src/workbook/xlsx';

export async function sampleDraw(taskId: string, digits: string): Promise<DrawReport> {
  const fresh = XlsxWorkbook.create();
  await createTemplate(fresh, { sample: true });
  const file = await XlsxWorkbook.fromBuffer(await fresh.toBuffer());
  return drawTask(file, { taskId, seedSource: { kind: 'witness', digits }, operator: '命令行' });
}
