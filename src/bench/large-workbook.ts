// A large, valid registry workbook for benchmarks, written with ExcelJS's streaming writer so that
// generating it costs little next to what is measured. Deterministic: seedrandom, never Math.random.
import ExcelJS from 'exceljs';
import seedrandom from 'seedrandom';
import {
  SHEETS, OBJECT_COLUMNS, INSPECTOR_COLUMNS, AVOIDANCE_COLUMNS, ITEM_COLUMNS, PLAN_COLUMNS, type ColumnDef,
} from '../core/schema';
import { withCheckChar } from '../core/credit-code';
import { isoToSerial } from '../core/dates';
import type { CellValue } from '../core/text';

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

export async function writeLargeWorkbook(file: string, size: LargeWorkbookSize): Promise<void> {
  const rng = seedrandom('ssj-bench/large-workbook');
  const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useStyles: false, useSharedStrings: false });
  const sheet = (name: string, columns: readonly ColumnDef[], rows: Iterable<CellValue[]>) => {
    const ws = writer.addWorksheet(name);
    ws.addRow(columns.map((c) => c.header)).commit();
    for (const row of rows) ws.addRow(row).commit();
    ws.commit();
  };
  sheet(SHEETS.items, ITEM_COLUMNS, [
    ['JT-001', '交通运输局', '道路运输经营行为检查', '经营资质检查', '一般', '现场检查', ''],
    ['SC-001', '市场监管局', '登记事项检查', '住所检查', '一般', '书面检查', ''],
  ]);
  sheet(SHEETS.objects, OBJECT_COLUMNS, objectRows(size.objects, rng));
  sheet(SHEETS.inspectors, INSPECTOR_COLUMNS, inspectorRows(size.inspectorsPerDepartment));
  sheet(SHEETS.avoidance, AVOIDANCE_COLUMNS, avoidanceRows(size, rng));
  sheet(SHEETS.plan, PLAN_COLUMNS, [[
    '联2024033', '部门联合抽查', '联033', '道路运输市场部门联合随机抽查', '定向', '不低于10%', '', '道路运输经营主体',
    '交通运输局', '市场监管局', '2024年6月至10月', 'JT-001,SC-001', '', 'A:10%;B:10%;C:10%;D:10%', 2, 0, '', '否', '否',
  ]]);
  await writer.commit();
}

function* objectRows(count: number, rng: seedrandom.PRNG): Generator<CellValue[]> {
  for (let i = 0; i < count; i++) {
    const grade = GRADES[Math.floor(rng() * GRADES.length)];
    yield [largeObjectId(i), `清河县第${i + 1}号运输有限公司`, '企业', '道路货物运输', '城区', '运输管理站', grade, '存续', '道路运输经营主体'];
  }
}

function* inspectorRows(perDepartment: number): Generator<CellValue[]> {
  const valid = isoToSerial('2027-12-31');
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
