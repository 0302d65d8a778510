import { parseInspectors } from '../../../src/core/registry/inspectors';
import { SheetReader } from '../../../src/core/registry/sheet-reader';
import { departmentResolver } from '../../../src/core/registry/departments';
import { readTable } from '../../../src/core/table';
import { isoToSerial } from '../../../src/core/dates';
import type { Problem } from '../../../src/core/messages/problem';
import type { CellValue } from '../../../src/core/text';

const HEADER = ['人员编号', '姓名', '所属部门', '人员类别', '执法证号', '执法证有效期至', '在岗状态', '回避对象编号'];

function parse(rows: CellValue[][]) {
  const problems: Problem[] = [];
  const inspectors = parseInspectors(new SheetReader(readTable('执法检查人员名录库', [HEADER, ...rows]), problems), departmentResolver());
  return { inspectors, problems, places: problems.map((p) => `${p.code}@${p.cell}`) };
}

describe('执法检查人员名录库', () => {
  test('departments are alias-normalised; category and duty default to 执法人员 and 在岗', () => {
    const { inspectors, problems } = parse([['JT 001', '张伟', '交通\n局', '', 'Z1', isoToSerial('2026-12-31'), '', 'a1, b2\nc3']]);
    expect(problems).toEqual([]);
    expect(inspectors[0]).toMatchObject({
      id: 'JT001', department: '交通运输局', category: '执法人员', dutyStatus: '在岗', onDuty: true,
      certificateExpiry: '2026-12-31', avoidObjectIds: ['a1', 'b2', 'c3'],
    });
  });

  test('being on leave or holding an old certificate is not a problem', () => {
    const { inspectors, problems } = parse([['J1', '甲', '交通局', '执法人员', 'Z1', '2001-01-01', '休假', '']]);
    expect(problems).toEqual([]);
    expect(inspectors[0].onDuty).toBe(false);
  });

  test('执法人员 need a certificate number and a readable end date', () => {
    const { places, problems } = parse([
      ['J1', '甲', '交通局', '执法人员', '', '2026-12-31', '在岗', ''],
      ['J2', '乙', '交通局', '执法人员', 'Z2', '', '在岗', ''],
      ['J3', '丙', '交通局', '执法人员', 'Z3', '长期有效', '在岗', ''],
    ]);
    expect(places).toEqual(['registry.certificate-no-missing@E2', 'registry.certificate-expiry-missing@F3', 'registry.bad-date@F4']);
    expect(problems[2].message).toContain('长期有效');
  });

  test('experts need no certificate; a transferred officer is not nagged about one', () => {
    const { problems } = parse([
      ['E1', '专家甲', '设计院', '专家', '', '', '在岗', ''],
      ['E2', '机构乙', '检测公司', '第三方机构', '', '不详', '在岗', ''],
      ['J9', '丁', '交通局', '执法人员', '', '', '调离', ''],
    ]);
    expect(problems.map((p) => `${p.code}@${p.cell}:${p.severity}`)).toEqual(['registry.bad-date-unused@F3:warning']);
  });

  test('unknown 人员类别 / 在岗状态 and duplicate 人员编号 are errors at their cells', () => {
    const { places, inspectors } = parse([
      ['J1', '甲', '交通局', '临时工', 'Z1', '2026-12-31', '出差', ''],
      ['J1', '乙', '交通局', '执法人员', 'Z2', '2026-12-31', '在岗', ''],
    ]);
    expect(places).toEqual(['registry.bad-choice@D2', 'registry.bad-choice@G2', 'registry.duplicate-id@A3']);
    expect(inspectors).toHaveLength(1);
    expect(inspectors[0].onDuty).toBe(false);
  });
});
