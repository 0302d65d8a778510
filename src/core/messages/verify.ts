// Chinese texts of verification's §3.8 findings, evidence levels and closing sentence (SPEC §3.8).
import { SHEETS } from '../schema';
import { error, warning, type Problem } from './problem';

/** SPEC §3.8: what each draw's evidence rests on, strongest first. */
export const EVIDENCE_LEVELS = {
  checked: '公告在先、已核对',
  announced: '已公告、未核对公布记录',
  unannounced: '未公告',
  generated: '系统生成',
} as const;
export type EvidenceLevel = (typeof EVIDENCE_LEVELS)[keyof typeof EVIDENCE_LEVELS];

/** One line per level, said beside it where there is room (CLI legend, pane tooltip, README). */
export const EVIDENCE_LEVEL_MEANINGS: Record<EvidenceLevel, string> = {
  [EVIDENCE_LEVELS.checked]: '抽取前已公布公告哈希，且与核对人给出的公布记录一致：名录、参数和号码来源在号码产生之前已锁定。',
  [EVIDENCE_LEVELS.announced]: '日志中有公告在先，但尚未与公布在工作簿之外的公告哈希核对（用 --published 抽取编号=哈希 核对）。',
  [EVIDENCE_LEVELS.unannounced]: '未公告：号码可能是在知道结果之后选定的。',
  [EVIDENCE_LEVELS.generated]: '系统生成的种子：只能凭操作人的说法相信它没有被反复生成挑选。',
};


const LOG = SHEETS.log;
const list = (items: readonly string[], max = 10) =>
  items.length <= max ? items.join('、') : `${items.slice(0, max).join('、')} 等 ${items.length} 个`;

/** SPEC §3.8 findings of verify, each with its class: error (the draw does not verify), warning, or hint. */
export const verifyMessages = {
  seedSourceInvalid: (cell: string, source: string): Problem =>
    error(
      'verify.seed-source',
      `种子来源“${source}”不是“见证号码”“系统生成”或“公开号码”：${source === '指定种子' ? '指定种子只用于重放核对，不能作为一次抽取的来源（用它可以挑选结果）' : '日志行被改动'}。`,
      LOG, cell,
    ),
  publicWithoutAnnouncement: (cell: string, drawId: string): Problem =>
    error('verify.public-unannounced', `抽取 ${drawId} 的种子来源是“公开号码”，但日志中在它之前没有 ${drawId} 的公告：无法知道号码是否事先锁定。`, LOG, cell),
  announcementDiffers: (cell: string, header: string, drawId: string, announcementCell: string): Problem =>
    error(
      'verify.announcement-differs',
      `抽取 ${drawId} 的${header}与它最近的公告（${LOG}!${announcementCell}）不同：抽取时的名录或参数已不是公告锁定的那一份。`,
      LOG, cell,
    ),
  materialNotInForm: (cell: string, drawId: string, form: string, announcementCell: string): Problem =>
    error(
      'verify.material-form',
      `抽取 ${drawId} 的号码不是公告（${LOG}!${announcementCell}）所写的形式（${form}，按从小到大排列）：公告之后不能换用别的号码。`,
      LOG, cell,
    ),
  witnessNotCanonical: (cell: string, digits: number): Problem =>
    error('verify.material-form', `见证号码应为至少 20 位阿拉伯数字（ssj-draw/2 只记录数字本身），这一格的内容不是（数字 ${digits} 位）：日志行被改动。`, LOG, cell),
  seedMismatch: (cell: string): Problem =>
    error('verify.seed', '种子与记录的号码不符（ssj-draw/2：种子 = H(["ssj-seed/2", 任务编号, 批次, 号码])）：种子或号码被改动。', LOG, cell),
  announcementSourceUnreadable: (cell: string, detail: string): Problem =>
    error('verify.announcement-source', `公告的说明不是“名称|期号|开奖时间|个数×位数”的形式（${detail}）：无法核对号码与开奖时间。`, LOG, cell),
  drawBeforeDrawing: (cell: string, drawId: string, time: string, drawingTime: string): Problem =>
    error('verify.before-drawing', `抽取 ${drawId} 的时间 ${time} 早于公告的开奖时间 ${drawingTime}（北京时间）：开奖之前不可能知道号码。`, LOG, cell),
  announcementTooLate: (cell: string, time: string, drawingTime: string): Problem =>
    error('verify.announcement-late', `这条公告的时间 ${time} 不早于它所写的开奖时间 ${drawingTime}（北京时间）：公告必须在号码产生之前。`, LOG, cell),
  attemptAfterAnnouncement: (cell: string, drawId: string, announcementCell: string): Problem =>
    error(
      'verify.attempt-after-announcement',
      `抽取 ${drawId} 在公告（${LOG}!${announcementCell}）之后、却没有按公告取用公开号码：公告与它的抽取之间不能有别的抽取。`,
      LOG, cell,
    ),
  drawnAgain: (cell: string, objectId: string, earlier: string, year: number | string): Problem =>
    error(
      'verify.drawn-again',
      `对象 ${objectId} 在 ${year} 年已由抽取 ${earlier}（同一任务或共用抽查事项）抽中，本次又被抽中，而参数不允许重复抽取。`,
      SHEETS.results, cell,
    ),
  poolHoldsDrawn: (cell: string, drawId: string, ids: readonly string[], earlier: readonly string[]): Problem =>
    warning(
      'verify.pool-drawn-before',
      `抽取 ${drawId} 的合格对象中有本年度已由 ${list(earlier, 3)} 抽中的对象（${list(ids, 5)}），参数却不允许重复抽取：名录快照与规则不符。`,
      LOG, cell,
    ),
  failedDoesNotFail: (cell: string, drawId: string): Problem =>
    error('verify.failed-replays', `抽取 ${drawId} 记为“失败”，但按它的快照和种子重放是成功的：失败记录可能被用来丢弃不想要的结果。`, LOG, cell),
  failedCount: (cell: string, header: string, expected: number, found: string): Problem =>
    error('verify.count', `${header}应为 ${expected}（按快照重放），日志中是“${found}”。`, LOG, cell),
  unannounced: (cell: string, drawId: string, reason: string): Problem =>
    warning('verify.unannounced', `抽取 ${drawId} 没有公告在先${reason ? `，说明的理由是：“${reason}”` : '，也没有写明理由'}。号码可能是在知道结果之后选定的。`, LOG, cell),
  repeatedAnnouncements: (cell: string, drawId: string, rows: ReadonlyArray<{ cell: string; source: string }>): Problem =>
    warning(
      'verify.announcements-repeated',
      `抽取编号 ${drawId} 有 ${rows.length} 条公告：${rows.map((r) => `${LOG}!${r.cell}（${r.source}）`).join('；')}。抽取以最近一条为准；重复公告须换用更晚的开奖，请核对每次公告的公布记录。`,
      LOG, cell,
    ),
  voided: (cell: string, drawId: string, reason: string, drawn: readonly string[]): Problem =>
    warning(
      'verify.voided',
      `抽取 ${drawId} 已作废，理由：“${reason}”。它曾抽中 ${drawn.length} 户${drawn.length > 0 ? `：${list(drawn)}` : ''}。作废的抽取仍是证据，请核对作废是否正当。`,
      LOG, cell,
    ),
  publishedMismatch: (cell: string, drawId: string, given: string, logged: ReadonlyArray<{ cell: string; announcement: boolean; hash: string }>): Problem =>
    error(
      'verify.published-mismatch',
      `核对人给出的 ${drawId} 的哈希 ${given} 与日志中的${logged
        .map((row) => `${row.announcement ? '公告哈希' : '本条哈希'}（${LOG}!${row.cell}：${row.hash}）`)
        .join('、')}${logged.length > 1 ? '都' : ''}不同：公告或抽取在公布之后被改动，或抽取被删除后重做。`,
      LOG, cell,
    ),
  publishedUnknown: (drawId: string, given: string): Problem =>
    error('verify.published-unknown', `核对人给出了 ${drawId} 的哈希 ${given}，但日志中既没有 ${drawId} 的公告，也没有这次抽取：公告或抽取可能被删除。`, LOG),
  publishedUnreadable: (text: string): Problem =>
    error('verify.published-arg', `--published 的值“${text}”应为“抽取编号=64 位十六进制哈希”，例如 联033-1=3fa2…（多个用逗号隔开或重复 --published）。`),
};

/** 提示 (SPEC §3.8): the registries and plan now against what each draw saw. Never errors. */
export const hintMessages = {
  gradeChanged: (cell: string, drawId: string, objectId: string, then: string, now: string): Problem =>
    warning('verify.hint-grade', `抽取 ${drawId} 时对象 ${objectId} 的分层是 ${then}，名录库现为 ${now}。`, SHEETS.objects, cell),
  nowInactive: (cell: string, drawId: string, objectId: string, status: string): Problem =>
    warning('verify.hint-status', `抽取 ${drawId} 时对象 ${objectId} 合格（在营），名录库现为“${status}”。`, SHEETS.objects, cell),
  missingThen: (cell: string, drawId: string, objectId: string): Problem =>
    warning('verify.hint-missing', `对象 ${objectId} 按名录库现状和这次抽取的参数应当合格，却不在抽取 ${drawId} 的快照中（抽取时它可能停业、不在范围内或尚未登记）。`, SHEETS.objects, cell),
  goneNow: (drawId: string, objectId: string): Problem =>
    warning('verify.hint-gone', `抽取 ${drawId} 快照中的对象 ${objectId} 已不在名录库中。`, SHEETS.objects),
  paramsChanged: (cell: string, drawId: string, field: string, then: string, now: string): Problem =>
    warning('verify.hint-params', `抽取 ${drawId} 的${field}是 ${then}，年度抽查计划现为 ${now}。`, SHEETS.plan, cell),
  taskGone: (drawId: string, taskId: string): Problem =>
    warning('verify.hint-task', `抽取 ${drawId} 的任务 ${taskId} 已不在年度抽查计划中。`, SHEETS.plan),
  more: (drawId: string, kind: string, more: number): Problem =>
    warning('verify.hint-more', `抽取 ${drawId}：另有 ${more} 处${kind}与名录库现状不同（加 --json 可输出全部）。`),
};

/** The closing sentence (SPEC §3.8), said alike by the CLI, the pane and the README. */
export const VERIFY_CLOSING =
  '哈希链只证明工作簿内部前后一致：任何人都能重新计算整条链，在 Excel 里撤销一次就能不留痕迹地去掉一次抽取。' +
  '只有公布在工作簿之外的哈希——抽取前的公告哈希、抽取后的本条哈希——才能证明没有抽取被删除后重做。';

/**
 * What the log's last 本条哈希 shows against the paper record (CLI and pane). Anyone can recompute the
 * whole chain, so an equal hash proves nothing about earlier draws without their published hashes.
 */
export const LAST_LOG_HASH_MEANING =
  '应与最近一次抽取或作废的现场记录相同：不同，说明日志在那次之后被改动过；' +
  '相同，也只有在此前公布的各个哈希都相符时，才能说明此前没有抽取被删除后重做。';

/** CLI texts of `ssj verify` (SPEC §3.8 additions). */
export const verifyCliTexts = {
  line: (ok: boolean, drawId: string, taskId: string, status: string, level: string | undefined) =>
    `${ok ? '✓' : '✗'} ${drawId}（任务 ${taskId}${status === '作废' ? '，已作废' : status === '失败' ? '，失败' : ''}）${level ? `  证据：${level}` : ''}`,
  hash: (hash: string) => `    本条哈希 ${hash}`,
  announcementHash: (hash: string) => `    公告哈希 ${hash}`,
  publishedMatch: (which: string) => `    核对人给出的公布哈希与${which}相同`,
  tasksHeading: '各任务的抽取（按日志顺序）：',
  task: (taskId: string) => `  任务 ${taskId}：`,
  attempt: (a: { drawId: string; status: string; level: string; voidReason?: string; note?: string }) =>
    `    ${a.drawId} ${a.status}，${a.level}${a.voidReason !== undefined ? `；作废理由：${a.voidReason}` : ''}${a.note ? `；说明：${a.note}` : ''}`,
  logRowsHeading: '抽取日志各行的本条哈希：',
  logRow: (r: { row: number; seq: string; drawId: string; status: string; hash: string }) =>
    `  第 ${r.row} 行 序号 ${r.seq || '—'} ${r.status || '—'} ${r.drawId || '—'} ${r.hash || '（空）'}`,
  hintsHeading: (count: number) => `提示（${count} 条，名录库和计划的现状与抽取时不同；不影响核验结论）：`,
  hint: (place: string, message: string) => `  提示 ${place}${message}`,
  usage: '用法：ssj verify <工作簿.xlsx> [--published 抽取编号=公布的哈希 …] [--no-hints] [--json]（公布的哈希：抽取前的公告哈希或抽取后的本条哈希）',
};
