// Messages of the monthly reports (SPEC §5, issue 12): Annex 2's answer texts, the targets and their
// advice, the deadlines, the chart sheet, and the report command's and the 报表 tab's words.
import type { Target } from '../reports/targets';
import { error, warning, type Problem } from './problem';

const md = (iso: string) => `${Number(iso.slice(5, 7))}月${Number(iso.slice(8, 10))}日`;
const percent = (bp: number) => `${(bp / 100).toFixed(1).replace(/\.0$/, '')} %`;

/** The chart's figures table: a sheet of its own, so that the chart travels with the emailed workbook. */
export const REPORT_CHART = {
  sheet: '报表图表',
  title: '本年度累计抽查次数（按月）',
  monthHeader: '月份',
  internal: '部门内部',
  joint: '部门联合',
  month: (m: number) => `${m}月`,
  chartName: 'ssj年度累计抽查',
};

export const annex2Texts = {
  date: md,
  filledOn: (iso: string) => `${iso.slice(0, 4)}年${Number(iso.slice(5, 7))}月${Number(iso.slice(8, 10))}日`,
  meeting: (name: string, date: string) => `${name}（${md(date)}）`,
  document: (name: string, docNo: string) => (docNo ? `${name}（${docNo}）` : name),
  training: (name: string, people: number | null, content: string) =>
    [name, people === null ? '' : `${people}人`, content].filter(Boolean).join('，'),
  noMeeting: '本月未召开会议部署随机抽查工作',
  noDocument: '本月未印发双随机工作文件',
  noTraining: '本月未组织随机抽查业务培训',
  noDraw: '本月未开展随机抽查',
  planDocument: (planName: string, planId: string) => (planId ? `${planName}（${planId}）` : planName),
  scope: (taskName: string, scope: string, drawn: number, eligible: number, ratio: string) =>
    `${taskName}：${scope || '全部对象'}，合格对象 ${eligible} 户，抽取 ${drawn} 户，抽查比例${ratio}`,
  items: (majors: number, minors: number) => `${majors} 大项、${minors} 小项`,
  itemsUnlisted: (tasks: number) => `（另有 ${tasks} 项任务未填事项编号）`,
  problems: (n: number) => `${n} 户`,
  publicity: (platform: string, n: number) => `${platform}公示 ${n} 户`,
  noPublicity: '本月无抽查结果公示',
  system: (units: readonly string[], tasks: number, objects: number, published: number) =>
    units.length === 0
      ? '本月本系统未开展随机抽查'
      : `本月 ${units.length} 个单位（${units.join('、')}）开展随机抽查 ${tasks} 次，抽查检查主体 ${objects} 户，公示抽查结果 ${published} 户`,
  separator: '；',
};

export const targetTexts = {
  name: {
    jointCount: '部门联合抽查次数占比',
    jointHouseholds: '部门联合抽查户数占比',
    creditCount: '信用风险分级分类抽查次数占涉及企业抽查次数比',
  },
  percent,
  actual: (bp: number, target: number) => `${percent(bp)}（目标 ≥ ${target} %）`,
  met: '已达标',
  short: '未达标',
  none: '尚无抽查',
  noneAdvice: '本年度尚无计入的抽查，无法计算占比',
  metAdvice: '已达到目标',
  advice: {
    jointCount: (k: number, p: number) => `再开展 ${k} 次部门联合抽查即可达到 ${p} %`,
    jointHouseholds: (k: number, p: number) => `部门联合抽查再检查 ${k} 户即可达到 ${p} %`,
    creditCount: (k: number, p: number) => `再开展 ${k} 次利用信用风险分级分类的涉及企业抽查即可达到 ${p} %`,
  },
  fraction: (n: number, d: number) => `${n} / ${d}`,
};

export const deadlineTexts = {
  monthly: (date: string) => `月报表（${md(date)}前）`,
  progress: (date: string) => `工作进展情况或总结（${md(date)}前）`,
  daysLeft: (days: number) => (days === 0 ? '今天截止' : `还有 ${days} 天`),
  /** One line for `ssj status` and the pane's header. */
  dueSoon: (label: string, date: string, days: number) =>
    `报送提醒：${label}${days === 0 ? '今天截止' : `，${md(date)}截止，还有 ${days} 天`}`,
};

export const reportMessages = {
  dateOutsideYear: (date: string, year: number): Problem =>
    error('report.date-outside-year', `报表日期 ${date} 不在抽查计划的年度（${year} 年）内，请给出 ${year} 年的日期。`),
  badDate: (text: string): Problem =>
    error('report.bad-date', `“${text}”不是有效的日期，请写成 2024-06-30。`),
  noDraws: (date: string): Problem =>
    warning('report.no-draws', `截至 ${date} 没有计入的抽取（有效且未作废），报表按 0 填写。`),
  unknownTasks: (ids: readonly string[]): Problem =>
    warning('report.unknown-tasks', `抽取日志中的任务 ${ids.join('、')} 不在年度抽查计划中，未计入报表。`),
  provincialLeftOut: (ids: readonly string[]): Problem =>
    warning('report.provincial', `省级分派任务 ${ids.join('、')} 按方案不计入附件1。`),
  chartsWouldBeLost: (file: string, charts: number): Problem =>
    error('report.charts-would-be-lost',
      `${file} 中有 ${charts} 个图表（例如在 Excel 中填写报表时生成的“报表图表”图表），命令行写入单元格会使这些图表丢失，本次未写入任何内容。请在 Excel 的任务窗格“报表”页中填写，或先删除图表后再运行 ssj report。`),
  resultNotAChoice: (sheet: string, cell: string, text: string): Problem =>
    warning('report.result-not-a-choice', `检查结果“${text}”不在下拉选项中，这一户未计入完成检查户数（与 ssj status 的“已检查”一致）。请从下拉列表中选择后重新填写报表。`, sheet, cell),
  sheetsCreated: (names: readonly string[]): Problem =>
    warning('report.sheets-created', `工作簿中没有${names.join('、')}，已按方案格式新建后填写。`),
};

export const reportCliTexts = {
  summary: '填写附件1、附件2月报表（原位填写），并给出三项目标和报送时限',
  usage: [
    '用法: ssj report <工作簿.xlsx> --date 2024-06-30 [--unit 单位名称] [--out 另存为.xlsx] [--force] [--json]',
    '',
    '按截止日期统计本年度累计数据填入附件1，按当月工作填入附件2：只写答案单元格，其余单元格、格式和合并保持不变。',
    '工作簿中没有附件1或附件2时先按方案格式新建。图表数据写在“报表图表”表中。',
    '  --date   统计截止日期（必须在抽查计划的年度内）',
    '  --unit   单位名称（默认：年度抽查计划中最常见的发起部门）',
    '  --out    另存为其他文件（已存在时需 --force）',
    '  --json   以 JSON 输出全部数字及其计入的任务和行',
  ].join('\n'),
  needDate: '请用 --date 给出统计截止日期，例如 --date 2024-06-30。',
  done: (file: string, cells: number) => `已填写附件1、附件2（共 ${cells} 个答案单元格），保存到 ${file}`,
  annex1Heading: '附件1（本年度累计，不含省级分派任务）：次数 / 抽查总户数 / 完成检查户数 / 发现问题户数',
  annex2Heading: '附件2（本月）：',
  targetsHeading: '目标：',
  deadlinesHeading: '报送时限：',
  row: (label: string, values: readonly number[], tasks: readonly string[]) =>
    `  ${label}: ${values.join(' / ')}${tasks.length ? `  〔${tasks.join('、')}〕` : ''}`,
  line: (label: string, text: string) => `  ${label}: ${text}`,
};

export const reportUiTexts = {
  tab: '报表',
  intro: '按截止日期填写附件1（本年度累计）和附件2（本月），只写答案单元格；并查看三项目标和报送时限。',
  dateLabel: '统计截止日期',
  unitLabel: '单位名称（可不填）',
  fillButton: '填写报表',
  notFilled: '报表未填写',
  notes: '请注意',
  filling: '正在填写报表…',
  filled: (cells: number) => `已填写附件1、附件2，共 ${cells} 个答案单元格。`,
  targets: '三项目标',
  chart: '本年度累计抽查次数（按月）',
  chartLabel: (month: number, internal: number, joint: number) => `${month}月：部门内部 ${internal} 次，部门联合 ${joint} 次`,
  deadlines: '报送时限',
  figures: '附件1 数字及其来源',
  figureTasks: (tasks: readonly string[]) => (tasks.length ? `任务 ${tasks.join('、')}` : '未计入任务'),
  figureRows: (header: string, rows: readonly number[]) => `${header}：抽查结果第 ${rows.join('、')} 行`,
  annex2: '附件2 填报内容',
};

/** A target as one line: actual against target, met or short, and what it would take. */
export function targetLine(target: Target): string {
  const name = targetTexts.name[target.key];
  const fraction = targetTexts.fraction(target.numerator.value, target.denominator.value);
  if (target.state === 'none') return `${name}: ${targetTexts.noneAdvice}`;
  const state = target.state === 'met' ? targetTexts.met : targetTexts.short;
  const advice = target.state === 'met' ? '' : `，${targetTexts.advice[target.key](target.needed!, target.targetPercent)}`;
  return `${name}: ${fraction} = ${targetTexts.actual(target.actualBp!, target.targetPercent)} ${state}${advice}`;
}

/** A deadline's name. */
export function deadlineLabel(kind: 'monthly' | 'progress', date: string): string {
  return kind === 'monthly' ? deadlineTexts.monthly(date) : deadlineTexts.progress(date);
}
