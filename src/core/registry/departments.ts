// 部门名录 and department aliases (SPEC §2): every department is written and hashed by its canonical
// name. Names compare after NFKC with all white space removed ("交通运\n输局" = 交通运输局).
import type { DepartmentAliases } from '../model';
import { BUILTIN_DEPARTMENT_ALIASES, DEPARTMENT_COLUMNS } from '../schema';
import { splitList, type CellValue } from '../text';
import { registryMessages as msg } from '../messages/registry';
import { compactText, SheetReader } from './sheet-reader';

export interface DepartmentAliasRow {
  canonical: string;
  aliases: readonly string[];
  /** 1-based row of 部门名录, when read from the sheet. */
  row?: number;
}

/** Built-in aliases first; sheet rows override them (local knowledge wins). */
export const BUILTIN_ALIAS_ROWS: readonly DepartmentAliasRow[] = Object.entries(BUILTIN_DEPARTMENT_ALIASES).map(
  ([canonical, aliases]) => ({ canonical, aliases }),
);

/** The normalised form every department name is compared and written in. */
export function departmentKey(name: CellValue | undefined): string {
  return compactText(name);
}

/**
 * alias key → canonical name, built-ins plus the given rows (later rows override earlier ones), each
 * chain followed to its end: if the sheet makes 市场监管局 an alias of 县市场监督管理局, the built-in
 * alias 市场监管 leads there too.
 */
export function buildDepartmentAliases(rows: readonly DepartmentAliasRow[] = []): DepartmentAliases {
  const direct = new Map<string, string>();
  for (const row of [...BUILTIN_ALIAS_ROWS, ...rows]) {
    const canonical = departmentKey(row.canonical);
    if (canonical === '') continue;
    direct.set(canonical, canonical);
    for (const alias of row.aliases) {
      const key = departmentKey(alias);
      if (key !== '' && key !== canonical) direct.set(key, canonical);
    }
  }
  const resolved: DepartmentAliases = new Map();
  for (const key of direct.keys()) {
    let name = key;
    const visited = new Set<string>();
    while (direct.get(name) !== name && direct.has(name) && !visited.has(name)) {
      visited.add(name);
      name = direct.get(name)!;
    }
    resolved.set(key, name);
  }
  return resolved;
}

/** The canonical name of a department; unknown names stay as written, normalised. */
export function canonicalDepartment(aliases: DepartmentAliases, name: CellValue | undefined): string {
  const key = departmentKey(name);
  return aliases.get(key) ?? key;
}

/** `(name) => canonical` over the built-ins plus the 部门名录 rows (or an already built map). */
export function departmentResolver(
  aliasRows: readonly DepartmentAliasRow[] | DepartmentAliases = [],
): (name: CellValue | undefined) => string {
  const aliases = aliasRows instanceof Map ? aliasRows : buildDepartmentAliases(aliasRows);
  return (name) => canonicalDepartment(aliases, name);
}

/**
 * Rows of 部门名录. An alias given to two different departments in the sheet is an error; the first
 * row keeps it.
 */
export function parseDepartmentRows(reader: SheetReader): DepartmentAliasRow[] {
  reader.checkColumns(DEPARTMENT_COLUMNS);
  const nameCol = reader.column('部门名称');
  const aliasCol = reader.column('别名');
  const owner = new Map<string, string>();
  const rows: DepartmentAliasRow[] = [];
  for (const row of reader.table.rows) {
    const canonical = reader.required(row, nameCol, '部门名称', true);
    if (canonical === '') continue;
    const aliases: string[] = [];
    for (const name of [canonical, ...splitAliases(reader.raw(row, aliasCol))]) {
      const first = owner.get(name);
      if (first === undefined) owner.set(name, canonical);
      if (first === undefined || first === canonical) {
        if (name !== canonical) aliases.push(name);
        continue;
      }
      const col = name === canonical ? nameCol : aliasCol;
      reader.report(msg.aliasConflict(reader.sheet, reader.at(row, col), name, first, canonical));
    }
    rows.push({ canonical, aliases, row: row.row });
  }
  return rows;
}

function splitAliases(value: CellValue): string[] {
  return splitList(value).map(departmentKey).filter((name) => name !== '');
}
