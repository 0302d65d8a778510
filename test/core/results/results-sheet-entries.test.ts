import { readResultsSheet } from '../../../src/core/records/results-sheet';
import { RESULT_COLUMNS } from '../../../src/core/schema';
import { isoToSerial } from '../../../src/core/dates';

const header = RESULT_COLUMNS.map((column) => column.header);

function row(clerk: Array<string | number | null>): Array<string | number | null> {
  return ['联033-1', '联033', '道路运输', 1, '91130000MA0000000X', '某公司', '企业', 'B', '交通运输局', '张三、李四', 'P001,P002', ...clerk];
}

describe('抽查结果: the clerk’s columns', () => {
  test('are read as entered: dates as serials or text, choices as text, blanks as empty', () => {
    const sheet = readResultsSheet([
      header,
      row([isoToSerial('2024-07-03'), '发现问题已责令改正', '责令改正', '是', '2024年7月20日', null, '复查一次']),
      row([null, null, null, null, null, null, null]),
      row(['7月3日', '没问题', null, '否', null, 'abc', null]),
    ]);
    const [full, blank, odd] = sheet.rows.map((r) => r.entries);
    expect(full).toEqual({
      inspectionDate: { text: String(isoToSerial('2024-07-03')), date: '2024-07-03' },
      result: '发现问题已责令改正',
      followUp: '责令改正',
      closed: '是',
      closedDate: { text: '2024年7月20日', date: '2024-07-20' },
      publishedDate: { text: '', date: null },
      note: '复查一次',
    });
    expect(blank.inspectionDate).toEqual({ text: '', date: null });
    expect(blank.result).toBe('');
    expect(odd.inspectionDate).toEqual({ text: '7月3日', date: null });
    expect(odd.publishedDate).toEqual({ text: 'abc', date: null });
    expect(odd.result).toBe('没问题');
  });
});
