// A hand-made workbook for the report tests: the plan, 抽取日志 and 抽查结果 rows written directly (the
// reports read them and never replay a draw), so that every figure can be worked out by hand below.
import { XlsxWorkbook } from '../../src/workbook/xlsx';
import type { WorkbookChange } from '../../src/workbook/port';
import { LEDGER_COLUMNS, LOG_COLUMNS, PLAN_COLUMNS, RESULT_COLUMNS, ITEM_COLUMNS, SHEETS } from '../../src/core/schema';
import { isoToSerial } from '../../src/core/dates';
import type { CellValue } from '../../src/core/text';

const HEBEI = '河北双随机执法监管平台';
const GRADED = 'A:5%;B:10%;C:30%;D:100%';

/** 抽查计划编号, 名称, 任务编号, 任务名称, 类型, 比例, 事项, 范围, 发起, 联合, 时间, 事项编号, 筛选, 信用分级比例, 每部门, 专家, 平台, 省级分派, 允许重复. */
function task(id: string, name: string, initiator: string, joint: string, items: string, graded: boolean, platform: string, provincial: boolean): CellValue[] {
  return [`P-${id}`, `2024年计划${id}`, id, name, '不定向', '不低于5%', '', '', initiator, joint, '2024年1月至12月',
    items, '', graded ? GRADED : '', 2, 0, platform, provincial ? '是' : '否', '否'];
}

export const PLAN_ROWS: CellValue[][] = [
  task('联033', '道路运输部门联合抽查', '交通运输局', '市场监管局', 'JT-001,SC-001', true, HEBEI, false),
  task('交001', '公路工程质量抽查', '交通运输局', '', 'JT-002', false, HEBEI, false),
  task('交002', '维修企业抽查', '交通运输局', '', 'JT-001', false, '其他平台', false),
  task('联034', '省级分派联合抽查', '交通运输局', '市场监管局', 'JT-001', true, HEBEI, true),
  task('交003', '七月抽查', '交通运输局', '', 'JT-001', true, HEBEI, false),
  task('交004', '作废抽查', '交通运输局', '', 'JT-001', false, HEBEI, false),
  task('交005', '失败抽查', '交通运输局', '', 'JT-001', false, HEBEI, false),
  task('联035', '客运部门联合抽查', '交通运输局', '市场监管局', 'JT-001,SC-001', false, HEBEI, false),
  task('市001', '市场监管内部抽查', '市场监管局', '', 'SC-001', false, HEBEI, false),
];

const GRADED_PARAMS = '{"base":500,"strata":{"A":500,"B":1000,"C":3000,"D":10000,"未分级":500}}';
const PLAIN_PARAMS = '{"base":500,"strata":{"全部":500}}';
const hash = (n: number) => n.toString(16).padStart(64, '0');

/** 序号, 时间, 抽取编号, 任务编号, 参数, 合格对象数, 抽取户数, 状态 → a log row (other fields blank). */
function log(seq: number, time: string, drawId: string, taskId: string, params: string, eligible: number | null, drawn: number | null, status: string): CellValue[] {
  const row: CellValue[] = new Array(LOG_COLUMNS.length).fill(null);
  const set = (header: string, value: CellValue) => (row[LOG_COLUMNS.findIndex((c) => c.header === header)] = value);
  set('序号', seq); set('时间', time); set('抽取编号', drawId); set('任务编号', taskId); set('参数', params);
  set('合格对象数', eligible); set('抽取户数', drawn); set('状态', status);
  set('上一条哈希', hash(seq - 1)); set('本条哈希', hash(seq));
  return row;
}

export const LOG_ROWS: CellValue[][] = [
  log(1, '2024-03-10T09:00:00+08:00', '联033-1', '联033', GRADED_PARAMS, 30, 3, '有效'),
  log(2, '2024-04-02T09:00:00+08:00', '交001-1', '交001', PLAIN_PARAMS, 6, 2, '有效'),
  log(3, '2024-05-05T09:00:00+08:00', '交002-1', '交002', PLAIN_PARAMS, 20, 2, '有效'),
  log(4, '2024-05-10T09:00:00+08:00', '联034-1', '联034', GRADED_PARAMS, 10, 1, '有效'),
  log(5, '2024-07-05T09:00:00+08:00', '交003-1', '交003', GRADED_PARAMS, 10, 1, '有效'),
  log(6, '2024-06-01T09:00:00+08:00', '交004-1', '交004', PLAIN_PARAMS, 10, 1, '有效'),
  log(7, '2024-06-02T09:00:00+08:00', '交004-1', '', '', null, null, '作废'),
  log(8, '2024-06-03T09:00:00+08:00', '交005-1', '交005', PLAIN_PARAMS, 10, null, '失败'),
  log(9, '2024-06-04T09:00:00+08:00', '联035-1', '联035', PLAIN_PARAMS, 20, 1, '公告'),
  log(10, '2024-06-10T09:00:00+08:00', '联035-1', '联035', PLAIN_PARAMS, 20, 1, '有效'),
  // 23:30 on 30 June in UTC is 1 July in China: after the report date.
  log(11, '2024-06-30T23:30:00+00:00', '交003-2', '交003', GRADED_PARAMS, 10, 1, '有效'),
  log(12, '2024-06-12T09:00:00+08:00', '联035-2', '联035', PLAIN_PARAMS, 19, 1, '有效'),
  log(13, '2024-06-15T09:00:00+08:00', '市001-1', '市001', PLAIN_PARAMS, 12, 1, '有效'),
];

const d = (iso: string) => isoToSerial(iso);

/** 抽取编号, 任务编号, 序号, 对象编号, 对象类型, 检查日期, 检查结果, 公示日期. */
function result(drawId: string, seq: number, objectId: string, type: string, date: string | null, outcome: string, published: string | null): CellValue[] {
  const row: CellValue[] = new Array(RESULT_COLUMNS.length).fill(null);
  const set = (header: string, value: CellValue) => (row[RESULT_COLUMNS.findIndex((c) => c.header === header)] = value);
  set('抽取编号', drawId); set('任务编号', drawId.replace(/-\d+$/, '')); set('序号', seq); set('对象编号', objectId);
  set('对象名称', `${objectId}名称`); set('对象类型', type);
  set('检查日期', date ? d(date) : null); set('检查结果', outcome || null); set('公示日期', published ? d(published) : null);
  return row;
}

/** Sheet rows 2… of 抽查结果; the comment gives each row's number. */
export const RESULT_ROWS: CellValue[][] = [
  result('联033-1', 1, 'E1', '企业', '2024-04-01', '未发现问题', '2024-04-20'), // 2
  result('联033-1', 2, 'E2', '企业', '2024-06-15', '发现问题已责令改正', '2024-06-25'), // 3
  result('联033-1', 3, 'E3', '企业', '2024-07-02', '未按规定公示应当公示的信息', null), // 4: inspected after the date
  result('交001-1', 1, 'P1', '工程项目', '2024-05-01', '未发现问题', null), // 5
  result('交001-1', 2, 'P2', '工程项目', null, '', null), // 6: not inspected yet
  result('交002-1', 1, 'E4', '企业', '2024-05-20', '不配合检查情节严重', '2024-06-05'), // 7
  result('交002-1', 2, 'P3', '工程项目', '2024-05-21', '未发现问题', null), // 8
  result('联034-1', 1, 'E5', '企业', '2024-05-20', '发现问题待后续处理', null), // 9: 省级分派
  result('交003-1', 1, 'E6', '企业', null, '', null), // 10: drawn after the date
  result('交004-1', 1, 'E7', '企业', '2024-06-05', '发现问题已责令改正', null), // 11: voided draw
  result('联035-1', 1, 'E8', '个体工商户', '2024-06-20', '通过登记的住所（经营场所）无法联系', '2024-06-28'), // 12
  result('联035-2', 1, 'E9', '企业', null, '', null), // 13
  result('市001-1', 1, 'E10', '企业', '2024-06-29', '未发现开展本次抽查涉及的经营活动', null), // 14
  result('交003-2', 1, 'E11', '企业', null, '', null), // 15: drawn 1 July in China
];

export const ITEM_ROWS: CellValue[][] = [
  ['JT-001', '交通运输局', '道路运输经营行为检查', '经营资质检查', '一般', '现场检查', ''],
  ['JT-002', '交通运输局', '公路工程质量检查', '施工质量检查', '重点', '现场检查', ''],
  ['SC-001', '市场监管局', '登记事项检查', '住所（经营场所）检查', '一般', '书面检查', ''],
  ['SC-002', '市场监管局', '登记事项检查', '注册资本检查', '一般', '书面检查', ''],
];

/** 日期, 类别, 名称, 文号, 人数, 内容. */
export const LEDGER_ROWS: CellValue[][] = [
  [d('2024-05-30'), '会议', '五月部署会', '', null, ''],
  [d('2024-06-05'), '会议', '双随机工作部署会', '', null, '部署全年抽查'],
  [d('2024-06-10'), '文件', '关于开展2024年双随机抽查的通知', '清交双随机办〔2024〕3号', null, ''],
  [d('2024-06-18'), '培训', '双随机业务培训班', '', 30, '抽查流程'],
  [d('2024-06-26'), '会议', '半年总结会', '', null, ''],
];

export function reportBookChanges(): WorkbookChange[] {
  const table = (name: string, columns: typeof PLAN_COLUMNS, rows: CellValue[][]): WorkbookChange[] => [
    { kind: 'createTableSheet', spec: { name, columns } },
    { kind: 'appendRows', sheet: name, rows, formats: columns.map((c) => c.format) },
  ];
  return [
    ...table(SHEETS.items, ITEM_COLUMNS, ITEM_ROWS),
    ...table(SHEETS.plan, PLAN_COLUMNS, PLAN_ROWS),
    ...table(SHEETS.results, RESULT_COLUMNS, RESULT_ROWS),
    ...table(SHEETS.log, LOG_COLUMNS, LOG_ROWS),
    ...table(SHEETS.ledger, LEDGER_COLUMNS, LEDGER_ROWS),
  ];
}

/** The report book as real .xlsx bytes reopened (no 附件1/附件2 unless `withAnnexes`). */
export async function reportBook(extra: WorkbookChange[] = []): Promise<XlsxWorkbook> {
  const book = XlsxWorkbook.create();
  await book.apply([...reportBookChanges(), ...extra]);
  return XlsxWorkbook.fromBuffer(await book.toBuffer());
}
