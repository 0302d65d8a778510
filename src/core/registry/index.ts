// Readers of the registries and the clerk's sheets (SPEC §2).
export { cellText, compactText, parseCount, SheetReader, UniqueIds } from './sheet-reader';
export { parseObjects, parseTags } from './objects';
export { parseInspectors, parseIdList } from './inspectors';
export { parseAvoidanceSheet, checkAvoidance, objectIdLookup, type ObjectIds } from './avoidance';
export {
  buildDepartmentAliases, canonicalDepartment, departmentKey, departmentResolver, parseDepartmentRows,
  BUILTIN_ALIAS_ROWS, type DepartmentAliasRow,
} from './departments';
export { parseItems } from './items';
export { parseLedger } from './ledger';
export { parseHolidays } from './holidays';
