// A large, valid registry workbook for benchmarks, written with ExcelJS's streaming writer so that
// generating it costs little next to what is measured. Deterministic: every choice comes from seedrandom.
import ExcelJS from 'exceljs';
import seedrandom from 'seedrandom';
import {
  SHEETS, OBJECT_COLUMNS, INSPECTOR_COLUMNS, AVOIDANCE_COLUMNS, ITEM_COLUMNS, PLAN_COLUMNS, PLAN_TITLE, type ColumnDef,
} from '../core/schema';
import { withCheckChar } from '../core/credit-code';
import { isoToSerial } from '../core/dates';
import type { CellValue } from '../core/text';
import { serialToDate } from '../workbook/xlsx-values';

export interface LargeWorkbookSize {
  objects: number;
  inspectorsPerDepartment: number;
  avoidancePairs: number;
}

const GRADES = ['A', 'A', 'A', 'B', 'B', 'B', 'B', 'C', 'C', 'D', ''];
const DEPARTMENTS = ['交通运输局', '市场监管局'];
const CODE_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

export function largeObjectId(index: number): string {
  let body = '';
  for (let n = index, i = 0; i < 8; i++, n = Math.floor(n / 31)) body = CODE_ALPHABET[n % 31] + body;
  return withCheckChar(`91130534M${body}`);
}

/** Written as Excel writes: shared strings, styled date cells, a title row above the plan's header. */
export async function writeLargeWorkbook(file: string, size: LargeWorkbookSize): Promise<void> {
  const rng = seedrandom('ssj-bench/large-workbook');
  const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useStyles: true, useSharedStrings: true });
  const sheet = (name: string, rows: Iterable<Array<CellValue | Date>>, dateColumn?: number) => {
    const ws = writer.addWorksheet(name);
    for (const values of rows) {
      const row = ws.addRow(values);
      if (dateColumn !== undefined && row.number > 1) row.getCell(dateColumn).numFmt = 'yyyy-mm-dd';
      row.commit();
    }
    ws.commit();
  };
  const header = (columns: readonly ColumnDef[]) => columns.map((c) => c.header);
  sheet(SHEETS.items, [
    header(ITEM_COLUMNS),
    ['JT-001', '交通运输局', '道路运输经营行为检查', '经营资质检查', '一般', '现场检查', ''],
    ['SC-001', '市场监管局', '登记事项检查', '住所检查', '一般', '书面检查', ''],
  ]);
  sheet(SHEETS.objects, withHeader(header(OBJECT_COLUMNS), objectRows(size.objects, rng)));
  sheet(SHEETS.inspectors, withHeader(header(INSPECTOR_COLUMNS), inspectorRows(size.inspectorsPerDepartment)), 7);
  sheet(SHEETS.avoidance, withHeader(header(AVOIDANCE_COLUMNS), avoidanceRows(size, rng)));
  sheet(SHEETS.plan, [[PLAN_TITLE], header(PLAN_COLUMNS), [
    '联2024033', '部门联合抽查', '联033', '道路运输市场部门联合随机抽查', '定向', '不低于10%', '', '道路运输经营主体',
    '交通运输局', '市场监管局', '2024年6月至10月', 'JT-001,SC-001', '', 'A:10%;B:10%;C:10%;D:10%', 2, 0, '', '否', '否',
  ]]);
  await writer.commit();
}

function* withHeader<T>(header: T[], rows: Iterable<T[]>): Generator<T[]> {
  yield header;
  yield* rows;
}

/** In no particular order of 对象编号, as a real registry (sorted ids would flatter the draw's sort). */
function* objectRows(count: number, rng: seedrandom.PRNG): Generator<CellValue[]> {
  const order = Int32Array.from({ length: count }, (_, i) => i);
  for (let i = count - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
  for (const i of order) {
    const grade = GRADES[Math.floor(rng() * GRADES.length)];
    yield [largeObjectId(i), `清河县第${i + 1}号运输有限公司`, '企业', '道路货物运输', '城区', '运输管理站', grade, '存续', '道路运输经营主体'];
  }
}

function* inspectorRows(perDepartment: number): Generator<Array<CellValue | Date>> {
  const valid = serialToDate(isoToSerial('2030-12-31'));
  for (const [d, department] of DEPARTMENTS.entries()) {
    for (let i = 1; i <= perDepartment; i++) {
      const id = `${d === 0 ? 'JT' : 'SC'}${String(i).padStart(5, '0')}`;
      yield [id, `检查员${id}`, department, '', '执法人员', `Z${id}`, valid, '', '在岗', '', ''];
    }
  }
}

function* avoidanceRows(size: LargeWorkbookSize, rng: seedrandom.PRNG): Generator<CellValue[]> {
  for (let i = 0; i < size.avoidancePairs; i++) {
    const department = i % 2 === 0 ? 'JT' : 'SC';
    const inspector = `${department}${String(1 + Math.floor(rng() * size.inspectorsPerDepartment)).padStart(5, '0')}`;
    yield [inspector, largeObjectId(Math.floor(rng() * size.objects)), '亲属关系'];
  }
}
