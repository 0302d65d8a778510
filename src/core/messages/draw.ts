// Chinese messages of the draw (SPEC §3). Problems are data: code, optional place, text.
import { SHEETS } from '../schema';
import { error, warning, type Problem } from './problem';

/** bp → "10%" / "5.5%" as the plan writes ratios. */
export function percentText(bp: number): string {
  return `${Number((bp / 100).toFixed(2))}%`;
}

/** SPEC §3.2: witness digits must hold at least 20 decimal digits. */
export function witnessTooShort(digitCount: number, minimum: number): Problem {
  return error(
    'draw.witness-too-short',
    `见证号码至少需要 ${minimum} 位数字，当前只有 ${digitCount} 位。请由两名以上见证人现场报数或掷骰，补足位数后重新抽取。`,
  );
}

/** The 见证号码 cell of the log must hold the material: Excel keeps at most 32,767 characters a cell. */
export function witnessTooLong(length: number, maximum: number): Problem {
  return error(
    'draw.witness-too-long',
    `见证号码太长（${length} 个字符）：它要写入抽取日志的一个单元格，而 Excel 单元格最多容纳 ${maximum} 个字符。`,
  );
}

/** SPEC §3.2: a given seed is 64 lowercase hex characters. */
export function badSeed(seed: string): Problem {
  const shown = seed.length > 80 ? `${seed.slice(0, 80)}…` : seed;
  return error(
    'draw.bad-seed',
    `指定种子必须是 64 位十六进制字符（0-9、a-f），收到“${shown}”（${seed.length} 位）。`,
  );
}

export interface ShortfallFacts {
  planned: number;
  minimum: number;
  eligible: number;
  baseBp: number;
}

/** SPEC §3.3: the strata's total is below the plan's minimum ceilDiv(N_all × 抽查比例, 10000). */
export function drawShortfall(facts: ShortfallFacts, sheet?: string, cell?: string): Problem {
  return error(
    'draw.shortfall',
    `各分层合计只抽 ${facts.planned} 户，低于计划最低要求 ${facts.minimum} 户` +
      `（合格对象 ${facts.eligible} 户 × 抽查比例 ${percentText(facts.baseBp)}，向上取整），` +
      `差 ${facts.minimum - facts.planned} 户，抽取已停止。请调整“信用分级比例”，使各等级比例不低于抽查比例。`,
    sheet ?? SHEETS.plan,
    cell,
  );
}

export interface InfeasibleFacts {
  objectId: string;
  department: string;
  eligible: number;
  needed: number;
}

/** SPEC §3.5: every infeasible (object, department) is reported together, in draw order. */
export function drawInfeasible(list: readonly InfeasibleFacts[]): Problem {
  const items = list.map(
    (item) => `对象 ${item.objectId}（${item.department}：可选 ${item.eligible} 人，需 ${item.needed} 人）`,
  );
  return error(
    'draw.infeasible',
    `检查人员不足，抽取失败（共 ${list.length} 处；已扣除回避人员，执法证须有效至任务结束日、人员须在岗）：` +
      `${items.join('；')}。未写入抽取结果（失败记录和所见名录已记入抽取日志和抽取快照）。请补充人员、调整回避关系或每部门检查人数后重新抽取。`,
    SHEETS.inspectors,
  );
}

/** SPEC §3.7 replay: a 抽取快照 row that cannot be read. */
export function snapshotBadRow(cell: string | undefined, detail: string): Problem {
  return error('draw.snapshot-bad-row', `抽取快照无法读取：${detail}`, SHEETS.snapshot, cell);
}

/** SPEC §3.6 参数 text that cannot be read back for a replay. */
export function paramsUnreadable(detail: string, cell?: string): Problem {
  return error('draw.params-unreadable', `抽取日志“参数”无法读取：${detail}`, SHEETS.log, cell);
}

// What a dry run can foresee (SPEC §3.3, §3.5) before the clerk confirms a permanent, logged draw.
// Warnings, as validate's: the clerk may still draw, and the failure is then on record.

export function shortfallAhead(facts: ShortfallFacts, cell: string): Problem {
  return warning(
    'dry-run.shortfall',
    `抽取会失败：各分层合计只抽 ${facts.planned} 户，低于计划最低要求 ${facts.minimum} 户` +
      `（合格对象 ${facts.eligible} 户 × 抽查比例 ${percentText(facts.baseBp)}，向上取整）。` +
      '失败也会记入抽取日志并占用一个批次。请先调整“信用分级比例”，使各等级比例不低于抽查比例。',
    SHEETS.plan, cell,
  );
}

export function departmentShortAhead(department: string, eligible: number, needed: number, expert: boolean, cell: string): Problem {
  const who = expert ? '在岗的专家和第三方机构' : '在岗、执法证有效至任务结束日';
  return warning(
    'dry-run.too-few-inspectors',
    `抽取会失败：“${department}”可选的检查人员只有 ${eligible} 人（${who}），每户需要 ${needed} 人。` +
      '失败也会记入抽取日志并占用一个批次。',
    SHEETS.plan, cell,
  );
}

export function taskPeriodOver(end: string, drawDate: string, cell: string): Problem {
  return warning(
    'dry-run.period-over',
    `本任务的抽查时间已于 ${end} 结束，抽取日期是 ${drawDate}：请确认确需补抽。执法证有效期按任务结束日 ${end} 核对。`,
    SHEETS.plan, cell,
  );
}

/** The same witness digits as an earlier attempt of the task: its result could be worked out in advance. */
export function witnessReused(drawId: string, cell: string): Problem {
  return warning(
    'draw.witness-reused',
    `见证号码与 ${drawId} 所用的相同：批次不同，种子仍会不同，但这些号码早已写在抽取日志里，任何人都能事先算出这次的结果。请见证人重新读出或掷出号码。`,
    SHEETS.log, cell,
  );
}

export function earlierBatches(taskId: string, drawIds: readonly string[], next: string, cell: string): Problem {
  return warning(
    'dry-run.earlier-batches',
    `任务 ${taskId} 已有有效抽取 ${drawIds.join('、')}，这次将是 ${next}：新抽到的对象不会与前几批重复。请确认确需再抽一批。`,
    SHEETS.plan, cell,
  );
}
