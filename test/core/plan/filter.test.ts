import { parseFilter } from '../../../src/core/plan/filter';

const COLUMNS = new Set(['对象编号', '对象类型', '行业类别', '所属区域', '信用风险等级']);

describe('对象筛选', () => {
  test('equals one of, contains, has tag; joined by semicolons', () => {
    expect(parseFilter('对象类型=企业|个体工商户;所属区域~城关;标签=客运', COLUMNS)).toEqual({
      conditions: [
        { kind: 'equals', column: '对象类型', values: ['企业', '个体工商户'] },
        { kind: 'contains', column: '所属区域', text: '城关' },
        { kind: 'tag', tag: '客运' },
      ],
      faults: [],
    });
  });

  test('full-width operators and separators, spaces in column names', () => {
    expect(parseFilter('行业 类别＝道路货运｜道路客运；所属区域～城关', COLUMNS).conditions).toEqual([
      { kind: 'equals', column: '行业类别', values: ['道路货运', '道路客运'] },
      { kind: 'contains', column: '所属区域', text: '城关' },
    ]);
  });

  test('标签=X tests a tag, compared without white space', () => {
    expect(parseFilter('标签=道路运\n输经营主体').conditions).toEqual([{ kind: 'tag', tag: '道路运输经营主体' }]);
    expect(parseFilter('标签=道路运输 经营主体').conditions).toEqual([{ kind: 'tag', tag: '道路运输经营主体' }]);
  });

  test('分类标签 is a registry header like the others: = compares the whole cell, ~ looks inside it', () => {
    expect(parseFilter('分类标签=道路运输经营主体;分类标签~危货', new Set(['分类标签'])).conditions).toEqual([
      { kind: 'equals', column: '分类标签', values: ['道路运输经营主体'] },
      { kind: 'contains', column: '分类标签', text: '危货' },
    ]);
  });

  test('a line break starts a new condition only when the next line has an operator', () => {
    expect(parseFilter('对象类型=企业\n所属区域~城\n关', COLUMNS).conditions).toEqual([
      { kind: 'equals', column: '对象类型', values: ['企业'] },
      { kind: 'contains', column: '所属区域', text: '城关' },
    ]);
  });

  test('a column that is not a registry header is a fault naming it', () => {
    expect(parseFilter('企业规模=大型', COLUMNS).faults).toEqual([{ kind: 'unknownColumn', part: '企业规模=大型', column: '企业规模' }]);
  });

  test('conditions without an operator, a column or a value are syntax faults', () => {
    const { faults, conditions } = parseFilter('对象类型;=企业;对象类型=;所属区域~', COLUMNS);
    expect(conditions).toEqual([]);
    expect(faults.map((fault) => fault.kind)).toEqual(['syntax', 'syntax', 'syntax', 'syntax']);
  });

  test('one 标签 condition names one tag', () => {
    expect(parseFilter('标签=客运|货运').faults).toEqual([{ kind: 'severalTags', part: '标签=客运|货运' }]);
  });

  test('blank is no condition', () => {
    expect(parseFilter('')).toEqual({ conditions: [], faults: [] });
    expect(parseFilter(null)).toEqual({ conditions: [], faults: [] });
  });
});
