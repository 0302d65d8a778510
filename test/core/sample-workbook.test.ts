// The sample as the product reads it: parsed by the workbook reader and drawn by the real engine.
import {
  conflictPairs,
  drawDepartments,
  eligibleInspectors,
  eligibleObjects,
  runDraw,
  seedFromMaterial,
  witnessDigits,
  stratify,
} from '../../src/core/draw';
import { layoutValues, planLayout } from '../../src/core/layouts';
import { formatProblem } from '../../src/core/messages';
import { samplePlanRows, sampleSheets } from '../../src/core/sample';
import { SHEETS, TABLE_SHEETS } from '../../src/core/schema';
import type { CellValue } from '../../src/core/text';
import { parseWorkbook } from '../../src/core/validate';

/** The sample workbook's sheets as the port would read them: header row, then the rows. */
function sampleWorkbook(): Map<string, CellValue[][]> {
  const sheets = new Map<string, CellValue[][]>();
  for (const { name, rows } of sampleSheets()) {
    const columns = TABLE_SHEETS.find((sheet) => sheet.name === name)!.columns;
    sheets.set(name, [columns.map((column) => column.header), ...rows]);
  }
  sheets.set(SHEETS.plan, [...layoutValues(planLayout()), ...samplePlanRows()]);
  return sheets;
}

const parsed = parseWorkbook(sampleWorkbook());

test('the sample workbook reads without a single problem', () => {
  expect(parsed.problems.map(formatProblem)).toEqual([]);
  expect(parsed.data.tasks.map((task) => task.taskId)).toEqual(['联033', '联034', '交001', '交002', '交003', '交004']);
  expect(parsed.data.tasks[0]).toMatchObject({ initiator: '交通运输局', joint: ['市场监管局'], start: '2024-06-01', end: '2024-10-31' });
});

test('every task of the sample draws with the real engine, whatever the witness digits', async () => {
  const { objects, inspectors, avoidance, tasks } = parsed.data;
  const sizes: Record<string, number> = {};
  for (const task of tasks) {
    for (const witness of ['12345678901234567890', '98765432109876543210', '31415926535897932384']) {
      const eligible = eligibleObjects(objects, task, new Set());
      const departments = drawDepartments(task);
      const pool = eligibleInspectors(inspectors, departments, task.end);
      const outcome = await runDraw({
        seed: await seedFromMaterial(task.taskId, 1, witnessDigits(witness)),
        baseBp: task.ratioBp,
        strata: stratify(eligible, task),
        departments,
        inspectors: pool,
        conflicts: conflictPairs(inspectors, avoidance, eligible.map((o) => o.id), pool.map((p) => p.id)),
      });
      expect({ task: task.taskId, ok: outcome.ok, infeasible: outcome.infeasible }).toEqual({ task: task.taskId, ok: true, infeasible: [] });
      sizes[task.taskId] = outcome.sampleTotal;
    }
  }
  // The sample sizes at the plan's ratios (see the sample's description in src/core/sample/plan.ts).
  expect(sizes).toEqual({ 联033: 115, 联034: 2, 交001: 13, 交002: 9, 交003: 6, 交004: 4 });
});
