// 年度抽查计划 and its free-text cells (SPEC §2).
export { parseRatio } from './ratio';
export { parseTimeWindow, type TimeWindow } from './time-window';
export { parseGradeRatios } from './grade-ratios';
export { parseFilter, type FilterFault, type ParsedFilter } from './filter';
export { parseDepartmentList } from './departments';
export { locatePlanHeader, PLAN_KEY_HEADER, type PlanHeader } from './header';
export { parsePlanSheet, type PlanContext, type PlanSheet } from './plan-sheet';
export { checkTaskItems, checkTaskScopes, checkTaskStaff } from './checks';
