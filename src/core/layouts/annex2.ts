// 附件2 of the plan: the departments' monthly report (SPEC §5 Annex 2), drawn in columns A–E.
// A = 序号, B–C = 项目, D = the plan's note in parentheses, E = 填报内容 (the answers).
import { SHEETS } from '../schema';
import { LayoutDraft, type AnswerLocator, type ReportLayout } from './draft';

/** The plan's own wording (its list of annexes says 县有关部门, the annex itself 市有关部门). */
export const ANNEX2_TITLE = '市有关部门“双随机、一公开”监管工作月报表';
export const ANNEX2_ANSWER_HEADER = '填报内容';
export const ANNEX2_SECTION_ARRANGEMENTS = '一、“双随机、一公开”监管工作安排部署情况';
export const ANNEX2_SECTION_WORK = '二、“双随机、一公开”监管工作开展情况';
const ROW4_LABEL = '本月按年度随机抽查工作计划市本级开展随机抽查情况';

interface Annex2Line {
  key: string;
  label: string;
  note: string;
}

/** Rows 1–3 (section 一). */
export const ANNEX2_ARRANGEMENTS: readonly Annex2Line[] = [
  { key: 'meetings', label: '本月召开会议部署随机抽查工作情况', note: '（注明召开会议的名称及时间）' },
  { key: 'documents', label: '本月印发双随机工作文件情况', note: '（注明文件名称及文号）' },
  { key: 'trainings', label: '本月组织随机抽查业务培训情况', note: '（培训班名称、培训人员数量及内容）' },
];

/** The sub-rows of row 4. */
export const ANNEX2_DRAWS: readonly Annex2Line[] = [
  { key: 'draw.documents', label: '本月组织随机抽查的文件', note: '（文件名称、文号）' },
  { key: 'draw.scope', label: '随机抽查抽查对象范围、数量、抽查比例', note: '（对象范围、数量、抽查比例）' },
  { key: 'draw.items', label: '随机抽查的检查事项', note: '（多少大项、多少小项）' },
  { key: 'draw.problems', label: '发现问题户数', note: '（发现问题的户数）' },
  { key: 'draw.publicity', label: '随机抽查结果公示情况', note: '（注明抽查结果公示的网站及公示数量）' },
];

/** Row 5. */
export const ANNEX2_SYSTEM: Annex2Line = {
  key: 'system',
  label: '全市本系统开展随机抽查情况',
  note: '（开展的单位及抽查检查主体数量及抽查结果公示数量等情况）',
};

export type Annex2AnswerKey =
  | 'meetings'
  | 'documents'
  | 'trainings'
  | 'draw.documents'
  | 'draw.scope'
  | 'draw.items'
  | 'draw.problems'
  | 'draw.publicity'
  | 'system'
  | 'unit'
  | 'filledOn'
  | 'contact'
  | 'phone'
  | 'mobile';

function locator(key: string, path: string[]): AnswerLocator {
  return { key, path, column: ANNEX2_ANSWER_HEADER };
}

function drawHeader(draft: LayoutDraft): void {
  draft
    .put('A1', ANNEX2_TITLE, 'title', 'E1')
    .labelled('B2', 'C2', '单位名称（盖章）：', 'unit')
    .labelled('D2', 'E2', '填表时间：', 'filledOn')
    .put('A3', '序号', 'header')
    .put('B3', '项目', 'header', 'C3')
    .put('D3', '填报说明', 'header')
    .put('E3', ANNEX2_ANSWER_HEADER, 'header');
}

function drawArrangements(draft: LayoutDraft): void {
  draft.put('A4', ANNEX2_SECTION_ARRANGEMENTS, 'label', 'E4');
  ANNEX2_ARRANGEMENTS.forEach((line, index) => {
    const row = 5 + index;
    draft
      .put(`A${row}`, index + 1, 'label')
      .put(`B${row}`, line.label, 'label', `C${row}`)
      .put(`D${row}`, line.note, 'note')
      .answer(`E${row}`, locator(line.key, [line.label]));
  });
}

function drawWork(draft: LayoutDraft): void {
  draft
    .put('A8', ANNEX2_SECTION_WORK, 'label', 'E8')
    .put('A9', 4, 'label', 'A13')
    .put('B9', ROW4_LABEL, 'label', 'B13');
  ANNEX2_DRAWS.forEach((line, index) => {
    const row = 9 + index;
    draft
      .put(`C${row}`, line.label, 'label')
      .put(`D${row}`, line.note, 'note')
      .answer(`E${row}`, locator(line.key, [ROW4_LABEL, line.label]));
  });
  draft
    .put('A14', 5, 'label')
    .put('B14', ANNEX2_SYSTEM.label, 'label', 'C14')
    .put('D14', ANNEX2_SYSTEM.note, 'note')
    .answer('E14', locator(ANNEX2_SYSTEM.key, [ANNEX2_SYSTEM.label]));
}

function drawFooter(draft: LayoutDraft): void {
  draft
    .labelled('B15', 'C15', '联系人：', 'contact')
    .labelled('D15', 'E15', '联系电话：', 'phone')
    .labelled('B16', 'C16', '手机：', 'mobile');
}

function buildAnnex2(): ReportLayout {
  const draft = new LayoutDraft();
  drawHeader(draft);
  drawArrangements(draft);
  drawWork(draft);
  drawFooter(draft);
  return draft.layout(SHEETS.annex2, [6, 24, 30, 30, 44]);
}

/** 附件2 as drawn by `ssj init`. */
export const ANNEX2: ReportLayout = buildAnnex2();
/** 附件2 answer cells by key (`meetings`, `draw.scope`, `system`, `unit` …) → address in the drawn layout. */
export const ANNEX2_ANSWERS = ANNEX2.answers as Readonly<Record<Annex2AnswerKey, string>>;
