// The sample workbook of 清河县交通运输局 for 2024: every table sheet's rows in its schema column
// order (no header row; dates as Excel serial numbers; IDs as text), and the rows of 年度抽查计划.
// Deterministic: the same values on every run (seedrandom streams from a fixed seed).
import { officialHolidays } from '../calendar';
import { isoToSerial } from '../dates';
import { SHEETS } from '../schema';
import type { CellValue } from '../text';
import { sampleAvoidance, sampleInspectors, inspectorRow } from './inspectors';
import { objectRow, sampleObjects } from './objects';
import { SAMPLE_ITEMS, SAMPLE_TASKS } from './plan';

export { SAMPLE_SEED } from './rng';
export { QINGHE_REGION_CODE, ROAD_TRANSPORT_TAG, ROAD_WORKS_TAG, sampleObjects, type SampleObject } from './objects';
export { sampleInspectors, type SampleInspector } from './inspectors';

export interface SampleSheet {
  name: string;
  rows: CellValue[][];
}

/** 部门名录: the canonical names with the aliases clerks write. */
const DEPARTMENT_ROWS: CellValue[][] = [
  ['交通运输局', '交通局、县交通运输局、清河县交通运输局'],
  ['市场监管局', '市场监管、市场监督管理局、清河县市场监督管理局'],
];

type LedgerRow = [date: string, category: '会议' | '文件' | '培训', name: string, docNo: string | null, people: number | null, content: string];

/** 工作台账 (Annex 2's meetings, documents and trainings); the plan itself is the first document. */
const LEDGER: readonly LedgerRow[] = [
  ['2024-01-29', '文件', '清河县交通运输局2024年“双随机、一公开”监管工作实施方案', '清交双随机办〔2024〕1号', null, '印发年度实施方案及年度抽查计划'],
  ['2024-03-12', '会议', '2024年“双随机、一公开”监管工作部署会', null, 26, '部署年度抽查计划，明确联合抽查牵头科室'],
  ['2024-03-18', '文件', '关于开展在建公路工程部门联合随机抽查的通知', '清交双随机办〔2024〕2号', null, '联034 抽查对象范围、比例及时间安排'],
  ['2024-04-16', '培训', '“双随机、一公开”监管业务培训班', null, 42, '随机抽查工作规范（河北省地方标准）、监管平台使用、检查文书制作'],
  ['2024-05-28', '文件', '关于开展道路运输市场部门联合随机抽查的通知', '清交双随机办〔2024〕3号', null, '联033 与县市场监管局联合抽查安排'],
  ['2024-06-05', '会议', '道路运输市场部门联合抽查协调会', null, 12, '与县市场监管局商定检查分组、时间及结果公示'],
  ['2024-07-09', '培训', '危险货物道路运输检查业务培训', null, 18, '危险货物运输资质、专用车辆及动态监控检查要点'],
];

function ledgerRows(): CellValue[][] {
  return LEDGER.map(([date, ...rest]) => [isoToSerial(date), ...rest]);
}

function holidayRows(): CellValue[][] {
  return officialHolidays(2024).map((day) => [isoToSerial(day.date), day.type]);
}

/** The sample's table sheets in template order, rows without the header. */
export function sampleSheets(): SampleSheet[] {
  const objects = sampleObjects();
  return [
    { name: SHEETS.items, rows: SAMPLE_ITEMS.map((item) => [...item]) },
    { name: SHEETS.objects, rows: objects.map(objectRow) },
    { name: SHEETS.inspectors, rows: sampleInspectors(objects).map(inspectorRow) },
    { name: SHEETS.avoidance, rows: sampleAvoidance(objects) },
    { name: SHEETS.departments, rows: DEPARTMENT_ROWS.map((row) => [...row]) },
    { name: SHEETS.ledger, rows: ledgerRows() },
    { name: SHEETS.holidays, rows: holidayRows() },
  ];
}

/** 年度抽查计划 rows in PLAN_COLUMNS order, to go under the header of planLayout(). */
export function samplePlanRows(): CellValue[][] {
  return SAMPLE_TASKS.map((task) => [...task]);
}
