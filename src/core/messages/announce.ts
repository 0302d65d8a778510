// Chinese texts of the 公告 and of announced / unannounced draws (SPEC §3.8).
import { SHEETS } from '../schema';
import { percentText } from './draw';
import { error, warning, type Problem } from './problem';

const list = (items: readonly string[]) => (items.length ? items.join('、') : '（无）');

/** What changed between a 公告 and the draw of its id, each a short phrase. */
export const announceChanges = {
  objects: (before: number, now: number) =>
    before === now
      ? `合格对象名单变了（仍为 ${now} 户，但有对象被替换，或信用风险等级、经营状态被改动）`
      : `合格对象由 ${before} 户变为 ${now} 户（${now > before ? `增加 ${now - before} 户` : `减少 ${before - now} 户`}；也可能有对象被改等级）`,
  inspectors: '可选检查人员名单变了（人员增减、部门、类别、在岗状态或执法证有效期）',
  conflicts: '回避关系变了',
  params: '抽取参数变了',
  base: (before: number, now: number) => `抽查比例由 ${percentText(before)} 改为 ${percentText(now)}`,
  strataKind: (graded: boolean) => (graded ? '改为按信用等级分层抽取' : '不再按信用等级分层抽取'),
  stratumRatio: (stratum: string, before: number | undefined, now: number | undefined) =>
    `${stratum} 层比例由 ${before === undefined ? '无' : percentText(before)} 改为 ${now === undefined ? '无' : percentText(now)}`,
  departments: (before: readonly string[], now: readonly string[]) => `检查部门由 ${list(before)} 改为 ${list(now)}`,
  perObject: (department: string, before: number, now: number) => `${department}每户检查人数由 ${before} 改为 ${now}`,
  end: (before: string, now: string) => `任务结束日由 ${before} 改为 ${now}`,
  scope: (before: string, now: string) => `抽查对象范围由“${before}”改为“${now}”`,
  filter: (before: string, now: string) => `对象筛选由“${before}”改为“${now}”`,
  items: (before: readonly string[], now: readonly string[]) => `事项编号由 ${list(before)} 改为 ${list(now)}`,
  repeat: (now: boolean) => (now ? '改为允许重复抽取' : '改为不允许重复抽取'),
  sampleSize: (before: number, now: number) => `应抽户数由 ${before} 户变为 ${now} 户`,
};

export const announceMessages = {
  needsEndDate: (taskId: string, cell: string): Problem =>
    error(
      'draw.needs-end-date',
      `任务 ${taskId} 没有抽查时间（结束日期）：ssj-draw/2 的抽取须有任务结束日，据此核对执法证有效期和“同一年度不重复抽取”。请在年度抽查计划中填写抽查时间。`,
      SHEETS.plan, cell,
    ),
  drawingNotAhead: (time: string, now: string): Problem =>
    error(
      'announce.drawing-not-ahead',
      `开奖时间 ${time} 不晚于现在（${now}）：公告必须在随机数产生之前发布。请选择一期尚未开奖的开奖。`,
    ),
  sourceAlreadyAnnounced: (drawId: string, name: string, issue: string, cell: string): Problem =>
    error(
      'announce.source-repeated',
      `${drawId} 已公告过“${name}”第 ${issue} 期：同一期开奖再公告一次，等于开奖后换号重抽。要重新公告，请选更晚的一期开奖。`,
      SHEETS.log, cell,
    ),
  otherTaskPending: (otherDrawId: string, items: readonly string[], year: number, cell: string): Problem =>
    error(
      'announce.other-pending',
      `同一年度（${year}）与本任务共用事项 ${list(items)} 的 ${otherDrawId} 已公告、尚未抽取：两次抽取会互相影响“不重复抽取”的对象名单。请先完成 ${otherDrawId} 的抽取，再公告本任务。`,
      SHEETS.log, cell,
    ),
  wouldFail: (detail: string): Problem =>
    error('announce.would-fail', `按现在的名录和计划，这次抽取会失败（${detail}）：请先修正，再公告。`),
  nothingEligible: (taskId: string, cell: string): Problem =>
    error('announce.nothing-eligible', `任务 ${taskId} 没有可抽取的对象，无需公告。`, SHEETS.plan, cell),
  needsPublicNumbers: (drawId: string, source: string, cell: string): Problem =>
    error(
      'draw.announced-needs-numbers',
      `${drawId} 已公告（${source}）：这次抽取只能使用该期的开奖号码（--numbers），不能用见证号码或系统生成，也不能不经公告抽取。`,
      SHEETS.log, cell,
    ),
  notAnnounced: (drawId: string): Problem =>
    error(
      'draw.numbers-without-announcement',
      `${drawId} 没有公告：开奖号码只能用于事先公告过的抽取。请先用“公告”锁定名录与参数并公布公告哈希，开奖后再抽取。`,
      SHEETS.log,
    ),
  unannouncedNeedsReason: (drawId: string): Problem =>
    error(
      'draw.unannounced-reason',
      `${drawId} 没有公告。不经公告抽取，无法证明号码不是挑选过的；如确需这样做，请说明理由（--unannounced "理由"），理由会写入抽取日志的说明。`,
    ),
  beforeDrawing: (time: string, now: string, cell: string): Problem =>
    error(
      'draw.before-drawing',
      `公告的开奖时间是 ${time}，现在是 ${now}：开奖之前不能抽取。请在开奖后录入公布的开奖号码。`,
      SHEETS.log, cell,
    ),
  changedSinceAnnouncement: (drawId: string, changes: readonly string[], cell: string): Problem =>
    error(
      'draw.changed-since-announcement',
      `公告之后名录或计划有改动，${drawId} 现在算出的与公告锁定的不同：${changes.join('；')}。` +
        // “未抽取，工作簿未改动” is said once, by the CLI's closing line and the pane's title.
        '请恢复公告时的名录与计划；如改动确有必要，请用更晚一期开奖重新公告。',
      SHEETS.log, cell,
    ),
  changedAhead: (drawId: string, changes: readonly string[], cell: string): Problem =>
    warning(
      'dry-run.changed-since-announcement',
      `抽取会被拒绝：公告之后名录或计划有改动，${drawId} 现在算出的与公告锁定的不同：${changes.join('；')}。` +
        '请恢复公告时的名录与计划；如改动确有必要，请用更晚一期开奖重新公告。',
      SHEETS.log, cell,
    ),
  unannouncedNote: (reason: string): string => `未公告：${reason}`,
  invisibleText: (field: string, code: string, position: number, sheet?: string, cell?: string): Problem =>
    error(
      'text.invisible-character',
      `${field}第 ${position} 个字符是不可见的控制、格式或文字方向字符 ${code}：它会让看起来相同的文字不同，不能写入抽取日志。请删除后重新输入。`,
      sheet, cell,
    ),
  announcedPending: (drawId: string, source: string, cell: string): Problem =>
    warning('dry-run.announced', `${drawId} 已公告（${source}）：开奖后用该期开奖号码抽取。`, SHEETS.log, cell),
};

/** The CLI's texts of `ssj announce` and the draw's 公告 lines. */
export const announceCliTexts = {
  summary: '公告：开奖之前锁定名录与参数，写入公告记录并给出要公布的公告哈希。',
  usage:
    '用法：ssj announce <工作簿.xlsx> --task <任务编号> --source "名称|期号|开奖时间|个数×位数" --operator <操作人>\n' +
    '              [--record <记录.xlsx>] [--out <另存为.xlsx>] [--force] [--json]\n' +
    '  --source   要使用的一期公开开奖，例如 "中国福利彩票快乐8|2024150|2024-06-05 21:30|20×2"（北京时间，须晚于现在）\n' +
    '  --record   另存一份可打印的公告记录（A4，含签字栏）\n' +
    '  --out      结果另存为新文件（默认原地更新；写入失败时原文件不变）\n' +
    '  --force    --out 或 --record 指向的文件已存在时覆盖它',
  needSource: '请用 --source 指定开奖来源："名称|期号|开奖时间|个数×位数"。',
  done: (drawId: string, file: string) => `已公告 ${drawId}，公告记录已追加到 ${file} 的抽取日志。`,
  source: (source: string) => `开奖来源：${source}`,
  counts: (eligible: number, planned: number) => `合格对象 ${eligible} 户，应抽 ${planned} 户`,
  hash: (hash: string) => `公告哈希：${hash}`,
  why:
    '请在开奖之前，把公告哈希公布到抽取人改不了日期的地方（纪检监察部门签收、政府网站或省级平台）：' +
    '它证明名录、参数和所用的开奖期号在号码产生之前就已锁定，抽取结果无法挑选。',
  next: (taskId: string, time: string) => `开奖（${time}）后，用公布的开奖号码抽取：ssj draw <工作簿.xlsx> --task ${taskId} --numbers "…" --operator <操作人>`,
  recordSaved: (file: string) => `可打印记录已另存为 ${file}（A4，请见证人签字）。`,
  recordIsWorkbook: (file: string) => `--record 的文件“${file}”就是工作簿本身：记录要另存为一个新的 .xlsx 文件。`,
  refused: '未公告，工作簿未改动。',
};
