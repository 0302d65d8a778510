// Chinese messages of the draw use cases, verification and voiding (SPEC §3.1, §3.6, §3.7).
import { SHEETS } from '../schema';
import { error, warning, type Problem } from './problem';

export const recordMessages = {
  unknownTask: (taskId: string): Problem =>
    error('draw.unknown-task', `没有抽查任务编号为“${taskId}”的任务（按本表的“抽查任务编号”列查找）。`, SHEETS.plan),
  nothingEligible: (taskId: string, cell: string): Problem =>
    error('draw.nothing-eligible', `任务 ${taskId} 没有可抽取的对象：请检查抽查对象范围、对象筛选和经营状态，或本年度已抽过的对象（不允许重复抽取时不再抽取）。`, SHEETS.plan, cell),
  textTooLong: (field: string, length: number, maximum: number): Problem =>
    error('draw.text-too-long', `${field}太长（${length} 个字符）：它要写入抽取日志的一个单元格，而 Excel 单元格最多容纳 ${maximum} 个字符。`, SHEETS.log),
  operatorMissing: (): Problem => error('draw.operator-missing', '请填写操作人姓名：抽取日志要记录由谁执行抽取。'),
  blockedByErrors: (count: number): Problem =>
    error('draw.blocked', `工作簿有 ${count} 处错误（见上），修正后才能抽取：抽取必须基于准确的名录库和计划。`),
  missingColumn: (sheet: string, header: string, cell: string, found = ''): Problem =>
    error(
      'records.missing-column',
      `缺少“${header}”列${found ? `（这一格现为“${found}”，应为“${header}”）` : ''}：本工具写入的工作表列不能删除或改名。`,
      sheet,
      cell,
    ),
  drawFailedNote: (summary: string): string => `抽取失败：${summary}`,
  drawFailed: (drawId: string): Problem =>
    error('draw.failed', `抽取 ${drawId} 失败，已在抽取日志记录一条“失败”记录，未写入任何抽取结果。`, SHEETS.log),
  logSheetMissing: (rows: number): Problem =>
    error(
      'verify.log-missing',
      `找不到“抽取日志”工作表，而“抽查结果”中有 ${rows} 行抽取结果：日志工作表可能被删除或改名。请恢复原来的工作表名称。`,
      SHEETS.log,
    ),
  resultsSheetMissing: (draws: number): Problem =>
    error(
      'verify.results-missing',
      `找不到“抽查结果”工作表，而抽取日志中有 ${draws} 次有效抽取：结果工作表可能被删除或改名。请恢复原来的工作表名称。`,
      SHEETS.results,
    ),
  nearSheetName: (found: string, wanted: string): string =>
    `工作簿中有一个“${found}”，名称与“${wanted}”只差空格或全角字符（工作表标签上看不出来）：请把它改名为“${wanted}”。`,
  snapshotSheetMissing: (draws: number): Problem =>
    error(
      'verify.snapshot-sheet-missing',
      `找不到隐藏的“抽取快照”工作表，而抽取日志中有 ${draws} 次有效抽取：没有它，这些抽取无法重放核验。` +
        '工作表可能被删除或改名，请从原工作簿恢复。',
      SHEETS.snapshot,
    ),
  resultsAltered: (drawId: string, rows: number, logged: number, cell: string, onResults: boolean): Problem =>
    error(
      'draw.results-altered',
      `抽查结果中抽取 ${drawId} 的 ${rows} 行（日志记录 ${logged} 户）与日志中的结果哈希不符：` +
        '结果行的序号、对象编号或人员编号在抽取后被改动、删除或调换。请先运行“核验”找出改动之处。',
      onResults ? SHEETS.results : SHEETS.log, cell,
    ),
  drawIdOutOfSequence: (cell: string, expected: string, found: string): Problem =>
    error('verify.draw-id', `抽取编号应为“${expected}”（该任务的第几次抽取），日志写的是“${found}”：日志行被改动、删除或插入。`, SHEETS.log, cell),
  voidOfNoDraw: (cell: string, drawId: string): Problem =>
    error('verify.void-unknown', `作废记录指向的抽取“${drawId}”在此之前没有“有效”记录：作废记录被改动或伪造。`, SHEETS.log, cell),
  voidRepeated: (cell: string, drawId: string): Problem =>
    error('verify.void-repeated', `抽取“${drawId}”此前已作废过一次：同一抽取不应有第二条作废记录。`, SHEETS.log, cell),
  unknownStatus: (cell: string, status: string): Problem =>
    error('verify.status', `状态“${status}”不是“有效”“失败”“作废”或“公告”之一：日志行被改动。`, SHEETS.log, cell),
  timeBackwards: (cell: string, previous: string): Problem =>
    warning('verify.time-backwards', `这一行的时间早于前面一行的 ${previous}：可能是电脑时钟被调整过，也可能是日志被改动，请核对。`, SHEETS.log, cell),
  evidenceBroken: (count: number): Problem =>
    error(
      'draw.evidence-broken',
      `抽取日志、抽查结果或抽取快照有 ${count} 处问题（见上）：查明原因前不能再追加抽取或作废记录，` +
        '否则新记录会掩盖这些改动。请先运行“核验”，找回原始工作簿（如邮件中的附件）后再操作。',
      SHEETS.log,
    ),
  // Verification (SPEC §3.7)
  chainBroken: (cell: string, expected: string): Problem =>
    error('verify.chain', `哈希链断开：上一条哈希应为 ${expected.slice(0, 12)}…，说明前面的日志行被删除、插入或改动。`, SHEETS.log, cell),
  rowHashMismatch: (cell: string): Problem =>
    error('verify.row-hash', '本条哈希与本行内容不符：这一行日志在写入后被改动过。', SHEETS.log, cell),
  seqMismatch: (cell: string, expected: number): Problem =>
    error('verify.log-seq', `日志序号应为 ${expected}：日志行被删除、插入或调换。`, SHEETS.log, cell),
  unknownAlgorithm: (cell: string, algorithm: string): Problem =>
    error('verify.algorithm', `未知的抽取算法“${algorithm}”，无法重放。`, SHEETS.log, cell),
  seedUnreadable: (cell: string, found: string): Problem =>
    error(
      'verify.seed-unreadable',
      `种子应为 64 位十六进制字符（0-9、a-f），这一格为“${found.length > 80 ? `${found.slice(0, 80)}…` : found}”（${found.length} 位）：无法重放这次抽取。`,
      SHEETS.log,
      cell,
    ),
  seedMismatch: (cell: string): Problem =>
    error('verify.seed', '种子与见证号码不符：按 SPEC §3.2 由任务编号、批次和见证号码算出的种子不同。', SHEETS.log, cell),
  witnessMissing: (cell: string): Problem =>
    error('verify.witness-missing', '种子来源是见证号码，但见证号码为空：无法核对种子是否由见证号码算出。', SHEETS.log, cell),
  witnessTooShort: (cell: string, digits: number, minimum: number): Problem =>
    error(
      'verify.witness-short',
      `见证号码只有 ${digits} 位数字（抽取时至少要 ${minimum} 位）：这一格在抽取后被改动过，无法核对种子。`,
      SHEETS.log, cell,
    ),
  snapshotHashMismatch: (cell: string, what: string, drawId: string, range: string): Problem =>
    error('verify.snapshot', `${what}与抽取快照不符：抽取 ${drawId} 的快照行（${range}）在抽取后被改动、删除或增加。`, SHEETS.log, cell),
  snapshotStratumAtOdds: (cell: string, stratum: string, grade: string): Problem =>
    warning('verify.snapshot-stratum', `分层为“${stratum}”，而名录库中该对象的信用风险等级为“${grade}”：这一格可能在抽取后被改动。`, SHEETS.snapshot, cell),
  snapshotMissing: (drawId: string, cell: string): Problem =>
    error('verify.snapshot-missing', `抽取快照中找不到抽取 ${drawId} 的记录，无法重放。`, SHEETS.log, cell),
  paramsUnreadable: (cell: string): Problem => error('verify.params', '参数无法读取，无法重放。', SHEETS.log, cell),
  resultHashMismatch: (cell: string): Problem =>
    error('verify.result-hash', '结果哈希与重放结果不符：日志中的结果哈希被改动，或抽取结果与快照不一致。', SHEETS.log, cell),
  countMismatch: (cell: string, header: string, expected: number, found: string): Problem =>
    error('verify.count', `${header}按快照重放应为 ${expected}，日志写的是“${found}”。`, SHEETS.log, cell),
  resultNameChanged: (cell: string, header: string, registry: string, found: string): Problem =>
    warning(
      'verify.result-name',
      `“${header}”为“${found}”，名录库现在写作“${registry}”：名录库可能在抽取后改过，也可能是这一格被改动，请核对。`,
      SHEETS.results, cell,
    ),
  resultNameOfAnother: (cell: string, header: string, registry: string, found: string, other: string, otherIds: readonly string[]): Problem =>
    error(
      'verify.result-name-other',
      `“${header}”应为“${registry}”，实际为“${found}”：这一格在抽取后被改动，“${other}”是名录库中另一${header === '对象名称' ? '个对象' : '名人员'}（${otherIds.join('、')}）的名称，名录库并没有改。`,
      SHEETS.results, cell,
    ),
  resultInspectorCount: (cell: string, registry: string, count: number, found: string): Problem =>
    error(
      'verify.result-name-other',
      `“检查人员”应为“${registry}”（${count} 人，与人员编号一一对应），实际为“${found}”：这一格在抽取后被改动。`,
      SHEETS.results, cell,
    ),
  resultCellMismatch: (cell: string, header: string, expected: string, found: string): Problem =>
    error('verify.result-cell', `“${header}”应为“${expected}”，实际为“${found}”：抽查结果在抽取后被改动或调换。`, SHEETS.results, cell),
  resultRowMissing: (drawId: string, seq: number, expected: string, cell: string): Problem =>
    error('verify.result-missing', `抽取 ${drawId} 缺少序号 ${seq}（对象 ${expected}）的结果行：抽查结果被删除。`, SHEETS.results, cell),
  resultRowExtra: (drawId: string, cell: string): Problem =>
    error('verify.result-extra', `抽取 ${drawId} 多出一行结果：重放结果中没有这一行。`, SHEETS.results, cell),
  orphanResult: (drawId: string, cell: string): Problem =>
    error('verify.result-orphan', `抽取编号“${drawId}”在抽取日志中没有有效记录：日志行被删除，或结果行被伪造。`, SHEETS.results, cell),
  noDraws: (failed = 0): Problem =>
    warning(
      'verify.no-draws',
      `抽取日志中还没有有效的抽取记录${failed ? `（失败 ${failed} 次：失败的抽取没有结果，无需重放）` : ''}。`,
      SHEETS.log,
    ),
  // Voiding (SPEC §3.6)
  voidOfFailed: (drawId: string, cell: string): Problem =>
    error('void.failed-draw', `抽取 ${drawId} 是一次失败的抽取，没有写入任何结果，不需要作废。`, SHEETS.log, cell),
  voidUnknown: (drawId: string): Problem =>
    error('void.unknown', `抽取日志中没有状态为“有效”的抽取 ${drawId}。`, SHEETS.log),
  voidAlready: (drawId: string, cell: string): Problem =>
    error('void.already', `抽取 ${drawId} 已经作废过。`, SHEETS.log, cell),
  voidReasonMissing: (): Problem => error('void.reason', '请填写作废原因：作废记录要说明理由。'),
};
