// Drop-downs for appended rows. A product sheet is created with its drop-downs on the table's first data
// row only (office-create.ts), so each append carries them down over exactly the rows it wrote: the list
// rule of the row above (or of the first written row, the new table's empty row) per column, ExcelApi 1.8.
import { COMMAND_BYTES, fixedOp, type SyncOp, type SyncRunner } from './office-batch';
import type { PlannedWrites } from './office-plan';

type Block = PlannedWrites['appended'][number];

/** Loads the list rules next to each appended block (one sync) and returns the ops that extend them. */
export async function dropDownOps(
  context: Excel.RequestContext,
  runner: SyncRunner,
  appended: readonly Block[],
): Promise<SyncOp[]> {
  const queued: Array<{ block: Block; col: number; cells: Excel.DataValidation[] }> = [];
  for (const block of appended) {
    const sheet = context.workbook.worksheets.getItem(block.sheet);
    for (let col = 0; col < block.width; col++) {
      const rows = block.startRow > 1 ? [block.startRow - 1, block.startRow] : [block.startRow];
      const cells = rows.map((row) => {
        const validation = sheet.getRangeByIndexes(row, col, 1, 1).dataValidation;
        validation.load('type,rule');
        return validation;
      });
      queued.push({ block, col, cells });
    }
  }
  if (queued.length === 0) return [];
  await runner.sync();
  const ops: SyncOp[] = [];
  for (const { block, col, cells } of queued) {
    const list = cells.find((cell) => cell.type === 'List')?.rule.list;
    if (!list) continue;
    ops.push(
      fixedOp(block.sheet, COMMAND_BYTES * 2 + String(list.source).length * 3, (ctx) => {
        const range = ctx.workbook.worksheets.getItem(block.sheet).getRangeByIndexes(block.startRow, col, block.rowCount, 1);
        range.dataValidation.clear();
        range.dataValidation.rule = { list: { inCellDropDown: list.inCellDropDown, source: list.source } };
      }),
    );
  }
  return ops;
}
