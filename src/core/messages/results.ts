// Chinese messages of results, follow-up and 公示 (SPEC §4): the clerk's entry checks, `ssj status`,
// `ssj publish` and the pane's 结果 tab.
import { SHEETS } from '../schema';
import { formatCount as n } from './numbers';
import { error, warning, type Problem } from './problem';

const entryError = (code: string, message: string, cell: string): Problem => error(`results.${code}`, message, SHEETS.results, cell);
const entryWarning = (code: string, message: string, cell: string): Problem => warning(`results.${code}`, message, SHEETS.results, cell);

export const resultMessages = {
  badDate: (header: string, text: string, cell: string): Problem =>
    entryError('bad-date', `${header}“${text}”不是可识别的日期：请填写如 2024-07-15 或 2024年7月15日。`, cell),
  notAChoice: (header: string, text: string, choices: readonly string[], cell: string): Problem =>
    entryError('not-a-choice', `${header}“${text}”不在可选项中（${choices.join('、')}）：请从下拉列表中选择。`, cell),
  inspectedBeforeDraw: (date: string, drawId: string, drawDate: string, cell: string): Problem =>
    entryError('inspected-before-draw', `检查日期 ${date} 早于抽取 ${drawId} 的日期 ${drawDate}：检查应在抽取之后。`, cell),
  inspectedAfterWindow: (date: string, taskId: string, end: string, cell: string): Problem =>
    entryError('inspected-after-window', `检查日期 ${date} 晚于任务 ${taskId} 的抽查时间（至 ${end}）。`, cell),
  publishedBeforeInspection: (published: string, inspected: string, cell: string): Problem =>
    entryError('published-before-inspection', `公示日期 ${published} 早于检查日期 ${inspected}：应先检查后公示。`, cell),
  closedDateWithoutClosed: (closed: string, cell: string): Problem =>
    entryError('closed-date-without-closed', `填了完结日期，但处置完结为“${closed || '空'}”：完结日期只在处置完结为“是”时填写。`, cell),
  followUpWithoutProblem: (followUp: string, result: string, cell: string): Problem =>
    entryError(
      'follow-up-without-problem',
      `后续处置“${followUp}”，但检查结果${result ? `“${result}”` : '为空'}不属于发现问题：没有发现问题的结果不需要后续处置（可填“无需后续处置”）。`,
      cell,
    ),
  resultWithoutDate: (cell: string): Problem => entryWarning('result-without-date', '有检查结果但没有检查日期：补上检查日期后才算完成检查，才能计算公示期限。', cell),
  dateWithoutResult: (cell: string): Problem => entryWarning('date-without-result', '有检查日期但没有检查结果：补上检查结果后才算完成检查。', cell),
  unknownCalendarYear: (year: number, cell: string): Problem =>
    entryError(
      'unknown-calendar-year',
      `无法计算公示期限：内置日历还没有 ${year} 年的节假日安排。请在“${SHEETS.holidays}”表补录 ${year} 年的休息日（休）和调休上班日（班），至少一行。`,
      cell,
    ),
  unknownTask: (taskId: string): Problem =>
    error('results.unknown-task', `没有抽查任务编号为“${taskId}”的任务（按年度抽查计划的“抽查任务编号”列查找）。`, SHEETS.plan),
  nothingDrawn: (taskId: string): Problem =>
    error('results.nothing-drawn', `任务 ${taskId} 还没有有效的抽取：没有可公示的检查结果。`, SHEETS.log),
  nothingInspected: (taskId: string, drawn: number): Problem =>
    error(
      'results.nothing-inspected',
      `任务 ${taskId} 抽取的 ${n(drawn)} 户都还没有完成检查（检查日期和检查结果都填写后才算完成）：没有可公示的内容，未写出文件。`,
      SHEETS.results,
    ),
  inspectedInFuture: (date: string, today: string, cell: string): Problem =>
    entryError('inspected-in-future', `检查日期 ${date} 晚于今天 ${today}：尚未发生的检查不能公示。`, cell),
  leftOutOfPublication: (objectName: string, objectId: string, cell: string): Problem =>
    warning(
      'results.left-out-of-publication',
      `${objectName}（${objectId}）这一行未写入公示文件：检查日期或检查结果有误（见上），改正后重新运行 ssj publish。`,
      SHEETS.results,
      cell,
    ),
  badStatusDate: (text: string): Problem => error('results.bad-as-of', `--date “${text}”不是可识别的日期：请写成 2024-07-15。`),
};

/** Words of `ssj status`, the pane's 结果 tab and the public export. */
export const resultTexts = {
  kinds: {
    overdue: '公示逾期',
    near: '公示临近',
    awaiting: '待公示',
    openLoop: '未闭环',
    problem: '发现问题',
    entry: '填写有误',
    late: '公示超期',
  },
  overdue: (due: string, days: number) => `公示期限 ${due} 已过 ${days} 个工作日`,
  overdueToday: (due: string) => `公示期限 ${due} 已过`,
  near: (due: string, days: number) => (days === 0 ? `今天（${due}）是公示期限` : `公示期限 ${due}，还有 ${days} 个工作日`),
  awaiting: (due: string) => `待公示，期限 ${due}`,
  late: (published: string, due: string) => `${published} 才公示，晚于期限 ${due}`,
  openLoopNoFollowUp: (result: string) => `“${result}”尚未填写后续处置`,
  openLoopNotClosed: (followUp: string, end: string) => `后续处置“${followUp}”未完结，任务已于 ${end} 结束`,
  objectLabel: (name: string, id: string) => `${name}（${id}）`,
  taskLine: (t: { taskId: string; taskName: string; drawn: number; inspected: number; problems: number; openLoops: number; awaiting: number; near: number; overdue: number; published: number }) =>
    `${t.taskId} ${t.taskName}：抽取 ${n(t.drawn)} 户，已检查 ${n(t.inspected)}，发现问题 ${n(t.problems)}，未闭环 ${n(t.openLoops)}，待公示 ${n(t.awaiting)}（临近 ${n(t.near)}，逾期 ${n(t.overdue)}），已公示 ${n(t.published)}`,
  allDone: '全部完成：所有抽取对象已检查、问题已闭环、结果已公示。',
  taskDone: '已全部完成',
  noTasks: '还没有有效的抽取：抽取后在“抽查结果”表填写检查日期和检查结果，这里会列出进度和公示期限。',
  noTaskDraws: (taskId: string) => `任务 ${taskId} 还没有有效的抽取：抽取后在“抽查结果”表填写检查日期和检查结果，这里会列出进度和公示期限。`,
  asOf: (date: string) => `截至 ${date}（公示期限为检查日期后 20 个工作日，临近指 5 个工作日内）`,
  summary: (overdue: number, entryErrors: number) =>
    overdue === 0 && entryErrors === 0
      ? '没有逾期未公示的结果，填写无误。'
      : `逾期未公示 ${n(overdue)} 户，填写有误 ${n(entryErrors)} 处：请处理后再查看。`,
  statusUsage:
    '用法：ssj status <工作簿.xlsx> [--date 2024-07-15] [--task 联033] [--json]\n' +
    '  --date  按这一天计算期限（默认今天，北京时间）\n  --task  只看这一个任务\n  --json  以 JSON 输出\n' +
    '退出码：0 没有逾期、填写无误；1 有逾期未公示或填写有误；2 无法读取',
  statusSummary: '查看各任务的检查、后续处置和公示进度（公示期限：检查后 20 个工作日）',
  publishUsage:
    '用法：ssj publish <工作簿.xlsx> --task 联033 [--out 公示-联033.xlsx] [--force] [--json]\n' +
    '  --task   要公示的任务\n  --out    写出的公示文件（默认“公示-任务编号.xlsx”，放在工作簿旁边）\n  --force  覆盖已有的同名文件\n  --json   以 JSON 输出\n' +
    '只写出已完成检查的结果，不含检查人员姓名、人员编号、联系电话和备注；检查日期或检查结果有误的行不写出，并逐格指出（退出码 1）。',
  publishSummary: '写出一个任务的抽查结果公示表（新工作簿，可直接打印或上网公示）',
  publishWritten: (file: string, rows: number, draws: number) => `已写出公示文件 ${file}：检查结果 ${n(rows)} 行，抽取记录 ${n(draws)} 条。`,
  publishLeftOut: (rows: number) => `另有 ${n(rows)} 行因检查日期或检查结果有误未写入公示文件（见上）。`,
  publishWarned: (problems: number) => `抽查结果中有 ${n(problems)} 处填写有误（见上）：请核对后再对外公示。`,
  outExists: (file: string) => `文件 ${file} 已存在：如要覆盖，请加 --force。`,
  outIsWorkbook: (file: string) => `--out ${file} 是工作簿本身：公示表要写成另一个文件（默认“公示-任务编号.xlsx”）。`,
  workbookOpen: (file: string, owner: string) =>
    `“${file}”正在 Excel、WPS 或 LibreOffice 中打开（旁边有它的占用文件“${owner}”）：那边尚未保存的填写不会出现在公示中，未写出文件。` +
    `请先保存并关闭工作簿，再重新操作；如果工作簿确实没有打开，可删除“${owner}”后重试。`,
  taskRequired: '请用 --task 指定要公示的任务，例如 --task 联033。',
};

/** The public export's sheet (SPEC §4): no inspector, no 人员编号, no phone, no 备注. */
export const publicExportTexts = {
  sheetName: '抽查结果公示',
  title: (taskId: string, taskName: string) => `“双随机、一公开”抽查结果公示：${taskId} ${taskName}`,
  headers: ['序号', '抽查任务', '抽查类型', '抽查事项', '检查对象名称', '统一社会信用代码（对象编号）', '检查日期', '检查结果', '检查部门'],
  drawsTitle: '本任务的抽取记录（抽取日志）',
  drawHeaders: ['抽取编号', '状态', '证据等级', '本条哈希', '公告哈希', '作废原因'],
  voided: '作废',
  why:
    '说明：以上哈希值是抽取日志中对应行的“本条哈希”（及抽取前公布的“公告哈希”）。抽取日志是哈希链，任何人都能重新计算；' +
    '只有在工作簿之外公布过的哈希才能证明抽取没有被删除后重抽：请将本表与工作簿的抽取日志逐条核对。',
  footer: '第 &P 页，共 &N 页',
};

/** The pane's 结果 tab. */
export const resultsPaneTexts = {
  tab: '结果',
  intro: '抽取之后：在“抽查结果”表填写检查日期、检查结果、后续处置和公示日期，这里按任务列出进度、未闭环的问题和公示期限。',
  asOfLabel: '计算期限的日期',
  refresh: '查看进度',
  reading: '正在读取抽查结果',
  inspectedBar: (inspected: number, drawn: number) => `已检查 ${n(inspected)} / ${n(drawn)} 户`,
  publishedBar: (published: number, inspected: number) => `已公示 ${n(published)} / ${n(inspected)} 户`,
  figures: (t: { problems: number; openLoops: number; near: number; overdue: number }) =>
    `发现问题 ${n(t.problems)} 户，未闭环 ${n(t.openLoops)}，公示临近 ${n(t.near)}，公示逾期 ${n(t.overdue)}`,
  itemsLabel: (taskId: string) => `${taskId} 待处理事项（点位置可选中单元格）`,
  awaitingMore: (count: number) => `另有 ${n(count)} 户待公示，期限未临近`,
  showAwaiting: '显示全部待公示',
  download: '下载公示表',
  downloading: '正在生成公示表',
  downloadHint: '生成一个新的工作簿（不含检查人员姓名、人员编号、联系电话和备注），不会在本工作簿中添加工作表。',
  downloaded: (file: string, rows: number) => `已下载 ${file}（检查结果 ${n(rows)} 行）。`,
  nothingToPublish: '还没有完成检查的结果，暂无可公示的内容。',
};
