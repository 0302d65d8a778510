// Which Excel features the add-in uses above the manifest's ExcelApi 1.1, what it does without them, and
// what to say at start. The table in README.md ("Excel 版本与功能") is this list.
import { officeMessages } from '../core/messages/office';
import type { Problem } from '../core/messages/problem';

export type RequirementCheck = (set: string, version: string) => boolean;

export interface Feature {
  /** ExcelApi version. */
  set: string;
  feature: string;
  upgrade: string;
  /** What the add-in does on a host without it. */
  instead: string;
}

/** ExcelApi 1.7 is the floor: every read and write needs it (getRangeByIndexes, freezePanes, …). */
export const BASE_SET = '1.7';

export const GUARDED_FEATURES: readonly Feature[] = [
  { set: '1.8', feature: '下拉列表（数据验证）', upgrade: 'Office 2021 或 Microsoft 365', instead: '新建的工作表和追加的行不带下拉列表，请按规定的选项填写。' },
  { set: '1.9', feature: '筛选按钮', upgrade: 'Office 2021 或 Microsoft 365', instead: '年度抽查计划的表头不带筛选按钮。' },
  { set: '1.11', feature: '等待单元格编辑结束', upgrade: 'Office 2021 或 Microsoft 365', instead: '有单元格正在编辑时，抽取、作废等写入会被拒绝（工作簿不变），请先按 Enter 或 Esc。' },
  { set: '1.13', feature: '追加行后扩展表格', upgrade: 'Office 2021 或 Microsoft 365', instead: '追加的行由 Excel 自动并入表格，个别行可能留在表格之外；读取与核验不受影响。' },
  { set: '1.20', feature: '整次写入合并为一步撤消', upgrade: 'Microsoft 365（版本 2509 及以上）或 Excel 网页版', instead: '撤消（Ctrl+Z）按写入批次逐步撤消。' },
];

export interface HostCapabilities {
  /** False below ExcelApi 1.7: nothing can be read or written. */
  usable: boolean;
  /** One problem per missing feature ("此版本 Excel 不支持…，请升级到…"), the blocking one first. */
  problems: Problem[];
  /** Whether one Ctrl+Z takes a whole draw back (ExcelApi 1.20). */
  oneUndoStep: boolean;
}

/** Called by the pane at start: what this Excel lacks, in plain words. */
export function hostCapabilities(supports: RequirementCheck): HostCapabilities {
  const has = (set: string) => {
    try {
      return supports('ExcelApi', set);
    } catch {
      return false;
    }
  };
  if (!has(BASE_SET)) return { usable: false, problems: [officeMessages.hostTooOld()], oneUndoStep: false };
  const problems = GUARDED_FEATURES.filter((f) => !has(f.set)).map((f) =>
    officeMessages.featureMissing(f.feature, f.set, f.upgrade, f.instead),
  );
  return { usable: true, problems, oneUndoStep: has('1.20') };
}

/** Office.context.requirements.isSetSupported; false without Office.js (Node, the browser preview). */
export function officeSupports(set: string, version: string): boolean {
  const office = (globalThis as { Office?: typeof Office }).Office;
  try {
    return office?.context?.requirements?.isSetSupported(set, version) ?? false;
  } catch {
    return false;
  }
}

/** What this Excel lacks, for the pane's start banner ("此版本 Excel 不支持…，请升级到…"). */
export function officeHostCapabilities(supports: RequirementCheck = officeSupports): HostCapabilities {
  return hostCapabilities(supports);
}
