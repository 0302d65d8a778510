// The draw against what the clerk confirmed: a workbook edited between the dry run and the draw.
import { error, type Problem } from './problem';
import { formatCount } from './numbers';

export const CONFIRMED_CHANGED = 'draw.changed-since-confirmed';

export const confirmedChanges = {
  drawId: (shown: string, now: string) => `抽取编号由 ${shown} 变为 ${now}（其间另有一次抽取）`,
  stratum: (stratum: string, what: string) => `${stratum} 层：${what}`,
  count: (label: string, shown: number, now: number) => `${label} ${formatCount(shown)} → ${formatCount(now)}`,
  strataAdded: (strata: readonly string[]) => `新增分层 ${strata.join('、')}`,
  strataRemoved: (strata: readonly string[]) => `分层 ${strata.join('、')} 已不存在`,
  objects: '合格对象名单（对象编号或信用风险等级）',
  inspectors: '可选检查人员名单',
  conflicts: '回避关系',
  params: '抽取参数（抽查比例、信用分级比例、检查部门或每户人数）',
};

/** One refusal naming everything that differs; nothing is written. */
export function changedSinceConfirmed(changes: readonly string[]): Problem {
  return error(
    CONFIRMED_CHANGED,
    `工作簿在预演之后有改动，本次抽取与确认时所见不同：${changes.join('；')}。未抽取，工作簿未改动；请查看新的预演，确认无误后再抽取。`,
  );
}
