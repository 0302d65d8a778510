// Chinese texts of `ssj draw`, `ssj verify` and `ssj void`: the transcript an observer follows.
import { percentText } from './draw';
import { LAST_LOG_HASH_MEANING } from './verify';

export const drawCliTexts = {
  drawSummary: '抽取：按年度抽查计划随机抽取检查对象和检查人员，写入抽查结果、抽取快照和抽取日志。',
  drawUsage:
    '用法：ssj draw <工作簿.xlsx> --task <任务编号> --operator <操作人> --numbers "<开奖号码>"             （已公告的抽取）\n' +
    '      ssj draw <工作簿.xlsx> --task <任务编号> --operator <操作人> --unannounced "<理由>" (--witness "<见证号码>" | --generate)\n' +
    '      ssj draw <工作簿.xlsx> --task <任务编号> --operator <操作人> --seed <64位十六进制>          （重放，不写入）\n' +
    '              [--date YYYY-MM-DD] [--record <记录.xlsx>] [--out <另存为.xlsx>] [--force] [--json] [--dry-run]\n' +
    '  --numbers      公告所指那一期公布的开奖号码（顺序、分隔不限）；须在开奖时间之后，先用 ssj announce 公告\n' +
    '  --unannounced  不经公告抽取的理由（写入抽取日志的说明）；这样的抽取无法证明号码未经挑选\n' +
    '  --witness      见证人现场报出或掷出的数字（至少 20 位；只能含数字、空格和 , ; . : - / ( ) 、 。）\n' +
    '  --generate     由系统安全随机数生成种子\n' +
    '  --seed         重放：按指定种子算出结果并显示，不写入工作簿（指定种子不能用于正式抽取）\n' +
    '  --record       另存一份可打印的抽取记录（A4，含全部哈希和签字栏），供见证人签字\n' +
    '  --dry-run      只显示各分层合格对象数和应抽户数、是否已公告，不抽取、不写入\n' +
    '  --date         抽取日期（默认今天），用于“任务期限已过”的提醒；日志“时间”总是实际时间\n' +
    '  --out          结果另存为新文件（默认原地更新；写入失败时原文件不变）\n' +
    '  --force        --out 或 --record 指向的文件已存在时覆盖它',
  needSeedSource: '请指定种子来源：已公告的抽取用 --numbers（开奖号码）；未公告的用 --witness 或 --generate，并加 --unannounced "理由"；重放用 --seed。',
  oneSeedSource: '--numbers、--witness、--generate、--seed 只能选一个。',
  unannouncedEmpty: '--unannounced 需要写明理由。',
  dryRunAnnounced: (source: string, hash: string) => `  已公告：${source}（公告哈希 ${hash}）：开奖后用该期开奖号码抽取（--numbers）`,
  dryRunUnannounced: '  尚未公告：先用 ssj announce 锁定名录与参数并公布公告哈希；不经公告抽取须写明理由（--unannounced）',
  announcedLine: (source: string, hash: string) => `公告：${source}（公告哈希 ${hash}）`,
  unannouncedLine: '未公告：这次抽取没有事先公告，号码可能经过挑选（理由已写入抽取日志的说明）。',
  materialLine: (material: string) => `号码（规范形式，写入见证号码）：${material}`,
  needTask: '请用 --task 指定抽查任务编号。',
  needOperator: '请用 --operator 指定操作人。',
  badDate: (text: string) => `日期“${text}”无效，应为 YYYY-MM-DD。`,
  dryRunHeader: (taskId: string, drawId: string) => `预演（不抽取、不写入）：任务 ${taskId}，下一次抽取编号 ${drawId}`,
  stratumLine: (stratum: string, eligible: number, ratioBp: number, n: number) =>
    `  分层 ${stratum.padEnd(3, '　')} 合格 ${String(eligible).padStart(6)} 户 × ${percentText(ratioBp).padStart(5)} → 抽 ${String(n).padStart(5)} 户`,
  totalLine: (eligible: number, n: number, minimum: number) => `  合计 合格 ${eligible} 户，抽 ${n} 户（计划最低 ${minimum} 户）`,
  departmentLine: (department: string, eligible: number, k: number) => `  ${department}：可选检查人员 ${eligible} 人，每户 ${k} 人`,
  drawHeader: (drawId: string) => `抽取编号：${drawId}`,
  seedLine: (label: string, seed: string) => `种子（${label}）：${seed}`,
  pickHeader: '抽取结果（序号 对象编号 对象名称 分层 → 检查人员）：',
  pickLine: (seq: number, objectId: string, name: string, stratum: string, inspectors: string) =>
    `  ${String(seq).padStart(4)} ${objectId} ${name}（${stratum}）→ ${inspectors}`,
  picksElided: (shown: number, total: number) => `  ……其余 ${total - shown} 户见“抽查结果”工作表（加 --json 可输出全部）`,
  loadLine: (department: string, min: number, max: number, inspectors: number) =>
    `  ${department}：${inspectors} 人，每人承担 ${min === max ? min : `${min}–${max}`} 户`,
  loadHeader: '检查人员工作量：',
  resultHash: (hash: string) => `结果哈希：${hash}`,
  drawSaved: (file: string, first: number, last: number) => `已写入 ${file}：抽查结果第 ${first}–${last} 行，抽取快照与抽取日志各已追加。`,
  failedSaved: (file: string) => `已在 ${file} 的抽取日志记录本次失败，未写入抽取结果。`,
  refused: '未抽取，工作簿未改动。',
  logHash: (hash: string, act: '抽取' | '作废' = '抽取') =>
    `抽取日志末条哈希：${hash}\n  请把它抄入本次${act}的现场记录并公布（或送纪检监察部门签收）：哈希链任何人都能重新计算，` +
    '只有公布在工作簿之外的哈希，才能日后证明这次记录没有被删除后重做。',
  replayNotSaved: '这是按指定种子的重放：只显示结果，未写入工作簿，也不计为一次抽取。正式抽取请用 --witness 或 --generate。',

  verifySummary: '核验：依据抽取快照和抽取日志重放每一次抽取，检查哈希链与抽查结果（只读）。',
  verifyUsage: '用法：ssj verify <工作簿.xlsx> [--json]',
  verifyOk: (drawId: string, taskId: string, status: string) => `✓ ${drawId}（任务 ${taskId}${status === '作废' ? '，已作废' : ''}）`,
  verifyBad: (drawId: string, taskId: string) => `✗ ${drawId}（任务 ${taskId}）`,
  verifyMore: (more: number) => `    ……另有 ${more} 处（加 --json 可输出全部）`,
  verifyLastHash: (hash: string) =>
    `抽取日志末条哈希：${hash}（${LAST_LOG_HASH_MEANING}）`,
  verifyAllOk: (count: number, warnings = 0) =>
    `核验通过：${count} 次抽取全部可重放，哈希链完整。${warnings ? `另有 ${warnings} 条警告（见上），请核对。` : ''}`,
  verifyNoDraws: '核验通过：抽取日志中没有要重放的有效抽取，哈希链完整。',
  verifyFailed: (bad: number, chain: number) => `核验未通过：${bad} 次抽取不符，${chain} 处日志或结果问题。`,

  voidSummary: '作废一次抽取：在抽取日志追加一条“作废”记录（不删除任何记录）。',
  voidedResults: (first: number, last: number, count: number) =>
    `抽查结果第 ${first}–${last} 行的 ${count} 户属于这次已作废的抽取：记录保留，但不再计入统计，请勿据此安排检查。`,
  voidDone: (drawId: string, file: string) => `已作废 ${drawId}，作废记录已追加到 ${file} 的抽取日志。`,
} as const;
