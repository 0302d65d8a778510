import { buildDepartmentAliases, departmentResolver, parseDepartmentRows } from '../../../src/core/registry/departments';
import { SheetReader } from '../../../src/core/registry/sheet-reader';
import { readTable } from '../../../src/core/table';
import type { Problem } from '../../../src/core/messages/problem';

describe('department aliases', () => {
  test('built-ins map 交通局 and 市场监管 to their canonical names', () => {
    const resolve = departmentResolver();
    expect(resolve('交通局')).toBe('交通运输局');
    expect(resolve('县交通运输局')).toBe('交通运输局');
    expect(resolve('市场监管')).toBe('市场监管局');
    expect(resolve('市场监督管理局')).toBe('市场监管局');
  });

  test('names compare after NFKC with white space removed', () => {
    const resolve = departmentResolver();
    expect(resolve('交通运\n输局')).toBe('交通运输局');
    expect(resolve('市场监\n管')).toBe('市场监管局');
    expect(resolve(' 交通 局 ')).toBe('交通运输局');
  });

  test('unknown names stay as written, normalised', () => {
    expect(departmentResolver()('应急管理\n局')).toBe('应急管理局');
  });

  test('the sheet adds aliases and overrides built-ins, chains followed to the end', () => {
    const resolve = departmentResolver([
      { canonical: '清河县市场监督管理局', aliases: ['市场监管局'] },
      { canonical: '应急管理局', aliases: ['应急局'] },
    ]);
    expect(resolve('应急局')).toBe('应急管理局');
    expect(resolve('市场监管局')).toBe('清河县市场监督管理局');
    expect(resolve('市场监管')).toBe('清河县市场监督管理局');
    expect(resolve('交通局')).toBe('交通运输局');
  });

  test('a resolver can be made from an already built map', () => {
    const map = buildDepartmentAliases([{ canonical: '住建局', aliases: ['住房和城乡建设局'] }]);
    expect(departmentResolver(map)('住房和城乡建设局')).toBe('住建局');
  });

  test('部门名录: an alias given to two departments is an error at the second cell', () => {
    const problems: Problem[] = [];
    const reader = new SheetReader(readTable('部门名录', [
      ['部门名称', '别名'],
      ['交通运输局', '交通局、县交通局'],
      ['', ''],
      ['公路站', '交通局'],
      ['', '孤儿别名'],
    ]), problems);
    const rows = parseDepartmentRows(reader);
    expect(rows.map((r) => [r.canonical, r.aliases])).toEqual([['交通运输局', ['交通局', '县交通局']], ['公路站', []]]);
    expect(problems.map((p) => `${p.code}@${p.cell}`)).toEqual(['registry.alias-conflict@B4', 'registry.required-cell@A5']);
  });
});
