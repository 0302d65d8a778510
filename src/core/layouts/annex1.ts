// 附件1 of the plan: 县（市、区）“双随机、一公开”监管月报表 (SPEC §5 Annex 1), drawn in columns A–G.
// A = 平台, B–C = 统计项目, D–G = the four counts. Every answer cell has a stable key `row.column`.
import { SHEETS } from '../schema';
import { cellAddress } from '../text';
import { LayoutDraft, type ReportLayout } from './draft';

export const ANNEX1_TITLE = '县（市、区）“双随机、一公开”监管月报表';
export const ANNEX1_SUBTITLE = '（本年度累计数据）';
export const ANNEX1_PLATFORM_HEBEI = '河北双随机执法监管平台';
export const ANNEX1_PLATFORM_OTHER = '其他平台';

/** The count columns (SPEC §5): key, header as the plan writes it, 0-based column. */
export const ANNEX1_COLUMNS = [
  { key: 'count', header: '次数', col: 3 },
  { key: 'drawn', header: '抽查总户数', col: 4 },
  { key: 'completed', header: '完成检查户数', col: 5 },
  { key: 'problems', header: '发现问题户数', col: 6 },
] as const;
export type Annex1ColumnKey = (typeof ANNEX1_COLUMNS)[number]['key'];

const GROUP_ALL = '本地区开展随机抽查情况';
const GROUP_ENTERPRISE = '本地区涉及企业的随机抽查情况';
const GROUP_CREDIT = '本地区利用企业信用风险分级分类开展随机抽查的情况';
const GROUP_MARKET = '本地区市场监管系统开展随机抽查情况（即市场监管局牵头和参与部门联合包括的抽查）';
const OTHER_ALL = '本地区开展抽查情况';
const OTHER_CREDIT = '本地区利用企业信用风险分级分类开展随机抽查情况';

/** The statistic rows, top to bottom from Excel row 6: key and the labels that name the row. */
export const ANNEX1_ROWS = [
  { key: 'all.total', path: [ANNEX1_PLATFORM_HEBEI, GROUP_ALL, '总计'] },
  { key: 'all.internal', path: [ANNEX1_PLATFORM_HEBEI, GROUP_ALL, '部门内部'] },
  { key: 'all.joint', path: [ANNEX1_PLATFORM_HEBEI, GROUP_ALL, '部门联合'] },
  { key: 'enterprise.total', path: [ANNEX1_PLATFORM_HEBEI, GROUP_ENTERPRISE, '总计'] },
  { key: 'credit.total', path: [ANNEX1_PLATFORM_HEBEI, GROUP_CREDIT, '总计'] },
  { key: 'market.total', path: [ANNEX1_PLATFORM_HEBEI, GROUP_MARKET, '总计'] },
  { key: 'market.internal', path: [ANNEX1_PLATFORM_HEBEI, GROUP_MARKET, '部门内部'] },
  { key: 'market.joint', path: [ANNEX1_PLATFORM_HEBEI, GROUP_MARKET, '部门联合'] },
  { key: 'other.all', path: [ANNEX1_PLATFORM_OTHER, OTHER_ALL] },
  { key: 'other.enterprise', path: [ANNEX1_PLATFORM_OTHER, GROUP_ENTERPRISE] },
  { key: 'other.credit', path: [ANNEX1_PLATFORM_OTHER, OTHER_CREDIT] },
] as const;
export type Annex1RowKey = (typeof ANNEX1_ROWS)[number]['key'];
export type Annex1AnswerKey = `${Annex1RowKey}.${Annex1ColumnKey}` | 'unit' | 'filledOn' | 'contact' | 'phone' | 'mobile';

const FIRST_ROW = 5; // 0-based row of 'all.total' (Excel row 6)

function drawHeader(draft: LayoutDraft): void {
  draft
    .put('A1', ANNEX1_TITLE, 'title', 'G1')
    .put('A2', ANNEX1_SUBTITLE, 'subtitle', 'G2')
    .labelled('A3', 'B3', '单位名称（盖章）：', 'unit', 'C3')
    .labelled('D3', 'E3', '填表时间：', 'filledOn', 'G3')
    .put('A4', '平台', 'header', 'A5')
    .put('B4', '统计项目', 'header', 'C5')
    .put('D4', '截止目前数据（不含省级分派任务）', 'header', 'G4');
  for (const column of ANNEX1_COLUMNS) draft.put(cellAddress(4, column.col), column.header, 'header');
}

/** Row labels: platform cells merged down their rows, group labels merged down their sub-rows. */
function drawRowLabels(draft: LayoutDraft): void {
  draft
    .put('A6', ANNEX1_PLATFORM_HEBEI, 'label', 'A13')
    .put('B6', GROUP_ALL, 'label', 'B8')
    .put('C6', '总计', 'label')
    .put('C7', '部门内部', 'label')
    .put('C8', '部门联合', 'label')
    .put('B9', GROUP_ENTERPRISE, 'label')
    .put('C9', '总计', 'label')
    .put('B10', GROUP_CREDIT, 'label')
    .put('C10', '总计', 'label')
    .put('B11', GROUP_MARKET, 'label', 'B13')
    .put('C11', '总计', 'label')
    .put('C12', '部门内部', 'label')
    .put('C13', '部门联合', 'label')
    .put('A14', ANNEX1_PLATFORM_OTHER, 'label', 'A16')
    .put('B14', OTHER_ALL, 'label', 'C14')
    .put('B15', GROUP_ENTERPRISE, 'label', 'C15')
    .put('B16', OTHER_CREDIT, 'label', 'C16');
}

function drawAnswers(draft: LayoutDraft): void {
  ANNEX1_ROWS.forEach((row, index) => {
    for (const column of ANNEX1_COLUMNS) {
      const key = `${row.key}.${column.key}`;
      draft.answer(cellAddress(FIRST_ROW + index, column.col), { key, path: row.path, column: column.header });
    }
  });
}

function drawFooter(draft: LayoutDraft): void {
  draft
    .labelled('A17', 'B17', '联系人：', 'contact')
    .labelled('C17', 'D17', '联系电话：', 'phone', 'E17')
    .labelled('F17', 'G17', '手机：', 'mobile');
}

function buildAnnex1(): ReportLayout {
  const draft = new LayoutDraft();
  drawHeader(draft);
  drawRowLabels(draft);
  drawAnswers(draft);
  drawFooter(draft);
  return draft.layout(SHEETS.annex1, [18, 30, 10, 12, 12, 12, 12]);
}

/** 附件1 as drawn by `ssj init`. */
export const ANNEX1: ReportLayout = buildAnnex1();
/** 附件1 answer cells by key (`all.joint.count`, `credit.total.drawn`, `unit` …) → address in the drawn layout. */
export const ANNEX1_ANSWERS = ANNEX1.answers as Readonly<Record<Annex1AnswerKey, string>>;

/** The answer cell of a statistic row and a count column, e.g. `annex1AnswerCell('all.joint', 'count')` → D8. */
export function annex1AnswerCell(row: Annex1RowKey, column: Annex1ColumnKey): string {
  return ANNEX1_ANSWERS[`${row}.${column}`];
}
