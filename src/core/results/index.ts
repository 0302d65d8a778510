// SPEC §4: results, follow-up and 公示 — the clerk's entries checked, each task's standing.
export { checkEntries, type ReadEntries, type EntryContext } from './entries';
export {
  resultsStatus,
  PUBLICITY_WORKING_DAYS,
  NEAR_WORKING_DAYS,
  type StatusItem,
  type TaskStatus,
  type TaskInfo,
  type StatusInput,
  type RowStatus,
  type ItemKind,
} from './status';
