import ExcelJS from 'exceljs';
import { verifyWorkbook } from '../../src/usecases';
import { SHEETS } from '../../src/core/schema';
import { XlsxWorkbook } from '../../src/workbook/xlsx';
import { drawnBookBytes, tampered } from './helpers';

let bytes: Uint8Array;
beforeAll(async () => {
  bytes = await drawnBookBytes();
});

function places(report: Awaited<ReturnType<typeof verifyWorkbook>>): string[] {
  return [...report.lines.flatMap((l) => l.problems), ...report.problems].map((p) => `${p.sheet}!${p.cell}`);
}

/** The first draw's problems but the warning every unannounced draw carries (SPEC §3.8). */
function drawProblems(report: Awaited<ReturnType<typeof verifyWorkbook>>) {
  return report.lines[0].problems.filter((p) => p.code !== 'verify.unannounced');
}

function column(ws: ExcelJS.Worksheet, header: string): number {
  const row = ws.getRow(1);
  for (let c = 1; c <= row.cellCount; c++) if (row.getCell(c).text === header) return c;
  throw new Error(`no column ${header}`);
}

test('the untouched workbook verifies', async () => {
  const report = await verifyWorkbook(await XlsxWorkbook.fromBuffer(bytes));
  expect(report.problems).toEqual([]);
  expect(report.lines).toHaveLength(1);
  expect(report.lines[0]).toMatchObject({ drawId: '联033-1', ok: true, level: '未公告' });
  // SPEC §3.8: a draw without 公告 is a warning, with its reason; nothing else.
  expect(report.lines[0].problems.map((p) => `${p.severity} ${p.code}`)).toEqual(['warning verify.unannounced']);
  expect(report.ok).toBe(true);
});

test('an edited inspector id in 抽查结果 is named by its cell', async () => {
  const book = await tampered(bytes, (wb) => {
    const ws = wb.getWorksheet(SHEETS.results)!;
    ws.getCell(3, column(ws, '人员编号')).value = 'JT01,SC01';
  });
  const report = await verifyWorkbook(book);
  expect(report.ok).toBe(false);
  expect(report.lines[0].problems[0]).toMatchObject({ code: 'verify.result-cell', sheet: SHEETS.results });
  expect(places(report)).toContain(`${SHEETS.results}!K3`);
});

test('an inspector name in 抽查结果 that is another inspector\'s name fails at its cell', async () => {
  const book = await tampered(bytes, (wb) => {
    const ws = wb.getWorksheet(SHEETS.results)!;
    const cell = ws.getCell(4, column(ws, '检查人员'));
    const [first, ...rest] = cell.text.split('、');
    cell.value = [first === '交通执法2' ? '交通执法3' : '交通执法2', ...rest].join('、');
  });
  const report = await verifyWorkbook(book);
  expect(report.ok).toBe(false);
  expect(report.lines[0].problems[0]).toMatchObject({ code: 'verify.result-name-other', cell: 'J4' });
  expect(report.lines[0].problems[0].message).toMatch(/这一格在抽取后被改动，“交通执法[23]”是名录库中另一名人员（[^）]+）的名称，名录库并没有改/);
  expect(report.lines[0].problems[0].message).not.toContain('名录库可能');
});

test('检查人员 typed over with another inspector\'s name after a comma, or with a name left out, is the cell edited, never the registry changed', async () => {
  const book = await tampered(bytes, (wb) => {
    const ws = wb.getWorksheet(SHEETS.results)!;
    const four = ws.getCell(4, column(ws, '检查人员'));
    const [first, ...rest] = four.text.split('、');
    four.value = [first === '交通执法2' ? '交通执法3' : '交通执法2', ...rest].join(',');
    const five = ws.getCell(5, column(ws, '检查人员'));
    five.value = five.text.split('、')[0];
    const six = ws.getCell(6, column(ws, '检查人员'));
    six.value = six.text.split('、').join('，');
  });
  const report = await verifyWorkbook(book);
  expect(report.ok).toBe(false);
  const problems = drawProblems(report).filter((p) => p.sheet === SHEETS.results);
  expect(problems.map((p) => `${p.severity} ${p.code}@${p.cell}`)).toEqual([
    'error verify.result-name-other@J4',
    'error verify.result-name-other@J5',
  ]);
  expect(problems[0].message).toContain('名录库中另一名人员');
  expect(problems[1].message).toContain('与人员编号一一对应），实际为');
  expect(problems.map((p) => p.message).join('')).not.toContain('名录库可能');
});

test('a name nobody in the registry has, or a 对象类型 it no longer gives (a later correction there, or an edit), is a warning at its cell', async () => {
  const book = await tampered(bytes, (wb) => {
    const ws = wb.getWorksheet(SHEETS.results)!;
    const four = ws.getCell(4, column(ws, '检查人员'));
    // As many names as 人员编号 (a renamed registry keeps the count), none of them anyone's now.
    four.value = four.text.split('、').map((_, i) => `旧名${i + 1}`).join('、');
    ws.getCell(5, column(ws, '对象名称')).value = '旧名称运输有限公司';
    ws.getCell(6, column(ws, '对象类型')).value = '个体工商户';
  });
  const report = await verifyWorkbook(book);
  expect(report.ok).toBe(true);
  expect(drawProblems(report).map((p) => `${p.severity} ${p.code}@${p.cell}`)).toEqual([
    'warning verify.result-name@J4',
    'warning verify.result-name@F5',
    'warning verify.result-name@G6',
  ]);
});

test.each([
  ['任务编号', 'B', '联034'],
  ['检查部门', 'I', '交通运输局'],
  ['信用风险等级', 'H', 'Z'],
])('an edited %s in 抽查结果 fails at its cell', async (header, letter, value) => {
  const book = await tampered(bytes, (wb) => {
    const ws = wb.getWorksheet(SHEETS.results)!;
    expect(column(ws, header)).toBe(letter.charCodeAt(0) - 64);
    ws.getCell(3, column(ws, header)).value = value;
  });
  const report = await verifyWorkbook(book);
  expect(report.ok).toBe(false);
  expect(report.lines[0].problems[0]).toMatchObject({ code: 'verify.result-cell', cell: `${letter}3` });
});

test('a deleted log row breaks the chain at the row that follows it', async () => {
  const withVoid = await tampered(bytes, () => undefined);
  // Two more log rows so that a middle one can go: a second draw of another task and a void.
  const { drawTask, voidDraw } = await import('../../src/usecases');
  await drawTask(withVoid, { taskId: '交001', seedSource: { kind: 'generate' }, operator: '李四', date: '2024-06-03', unannounced: '测试' });
  await voidDraw(withVoid, { drawId: '联033-1', reason: '测试', operator: '李四' });
  const full = await withVoid.toBuffer();
  expect((await verifyWorkbook(withVoid)).ok).toBe(true);
  const book = await tampered(full, (wb) => wb.getWorksheet(SHEETS.log)!.spliceRows(3, 1));
  const report = await verifyWorkbook(book);
  expect(report.ok).toBe(false);
  expect(report.problems.map((p) => p.code)).toEqual(expect.arrayContaining(['verify.chain', 'verify.log-seq']));
  expect(places(report)).toContain(`${SHEETS.log}!S3`);
  // The deleted draw's results are now orphans, named by their first row.
  expect(report.problems.some((p) => p.code === 'verify.result-orphan')).toBe(true);
});

test('two reordered result rows are named at the first row that differs', async () => {
  const book = await tampered(bytes, (wb) => {
    const ws = wb.getWorksheet(SHEETS.results)!;
    const second = (ws.getRow(3).values as ExcelJS.CellValue[]).slice();
    const first = (ws.getRow(2).values as ExcelJS.CellValue[]).slice();
    ws.getRow(2).values = second;
    ws.getRow(3).values = first;
  });
  const report = await verifyWorkbook(book);
  expect(report.ok).toBe(false);
  // All rows there, contents unchanged, order not: one error at the first displaced row.
  expect(drawProblems(report).map((p) => `${p.code}@${p.sheet}!${p.cell}`)).toEqual([`verify.result-order@${SHEETS.results}!D2`]);
});

test('a changed grade in 抽取快照 fails the objects hash and names the log cell and the snapshot rows', async () => {
  const book = await tampered(bytes, (wb) => {
    const ws = wb.getWorksheet(SHEETS.snapshot)!;
    const cell = ws.getCell(2, column(ws, '分层'));
    cell.value = cell.text === 'A' ? 'B' : 'A';
  });
  const report = await verifyWorkbook(book);
  expect(report.ok).toBe(false);
  const snapshotProblem = report.lines[0].problems.find((p) => p.code === 'verify.snapshot')!;
  expect(snapshotProblem).toMatchObject({ sheet: SHEETS.log, cell: 'J2' });
  expect(snapshotProblem.message).toContain(`${SHEETS.snapshot}!A2:`);
  expect(report.lines[0].problems).toContainEqual(expect.objectContaining({ code: 'verify.snapshot-stratum', sheet: SHEETS.snapshot, cell: 'D2' }));
});

test('an edited 结果哈希 in the log breaks that row\'s own hash', async () => {
  const book = await tampered(bytes, (wb) => {
    const ws = wb.getWorksheet(SHEETS.log)!;
    ws.getCell(2, column(ws, '结果哈希')).value = '0'.repeat(64);
  });
  const report = await verifyWorkbook(book);
  expect(places(report)).toEqual(expect.arrayContaining([`${SHEETS.log}!T2`, `${SHEETS.log}!P2`]));
});

describe('见证号码 edited after the draw', () => {
  const editWitness = (value: string) => (wb: ExcelJS.Workbook) => {
    const ws = wb.getWorksheet(SHEETS.log)!;
    ws.getCell(2, column(ws, '见证号码')).value = value;
  };

  test('other digits give another seed: named at 种子', async () => {
    const report = await verifyWorkbook(await tampered(bytes, editWitness('999920465581902344178830')));
    expect(report.lines[0].problems).toContainEqual(expect.objectContaining({ code: 'verify.seed', cell: 'I2' }));
  });

  test('too few digits left: named at 见证号码, and the draw is still replayed', async () => {
    const report = await verifyWorkbook(await tampered(bytes, editWitness('3179')));
    expect(report.ok).toBe(false);
    const codes = report.lines[0].problems.map((p) => `${p.code}@${p.cell}`);
    expect(codes).toContain('verify.witness-short@H2');
    expect(report.lines[0].problems.find((p) => p.code === 'verify.witness-short')!.message).toContain('只有 4 位数字');
  });

  test('emptied while 种子来源 says 见证号码: named at 见证号码', async () => {
    const report = await verifyWorkbook(await tampered(bytes, editWitness('')));
    expect(report.lines[0].problems).toContainEqual(expect.objectContaining({ code: 'verify.witness-missing', cell: 'H2' }));
  });
});

test.each([
  [SHEETS.log, 'verify.log-missing'],
  [SHEETS.results, 'verify.results-missing'],
])('%s renamed is named as a missing sheet', async (sheet, code) => {
  const book = await tampered(bytes, (wb) => {
    wb.getWorksheet(sheet)!.name = `${sheet}（旧）`;
  });
  const report = await verifyWorkbook(book);
  expect(report.ok).toBe(false);
  expect(report.problems.map((p) => p.code)).toContain(code);
});

describe('a log cell verify cannot replay from', () => {
  test('a 种子 that is no seed fails that draw at its cell, and verify goes on', async () => {
    for (const seed of ['', 'xyz', 'A'.repeat(64)]) {
      const book = await tampered(bytes, (wb) => {
        const ws = wb.getWorksheet(SHEETS.log)!;
        ws.getCell(2, column(ws, '种子')).value = seed;
      });
      const report = await verifyWorkbook(book);
      expect(report.ok).toBe(false);
      expect(report.lines).toHaveLength(1);
      expect(report.lines[0].problems[0]).toMatchObject({ code: 'verify.seed-unreadable', sheet: SHEETS.log, cell: 'I2' });
      expect(report.lines[0].problems[0].message).toContain(`（${seed.length} 位）`);
      // The edit broke the row's own hash too.
      expect(places(report)).toContain(`${SHEETS.log}!T2`);
    }
  });

  test('参数 that is no JSON is named at its cell', async () => {
    const book = await tampered(bytes, (wb) => {
      const ws = wb.getWorksheet(SHEETS.log)!;
      ws.getCell(2, column(ws, '参数')).value = '{bad';
    });
    const report = await verifyWorkbook(book);
    expect(report.lines[0].problems[0]).toMatchObject({ code: 'draw.params-unreadable', sheet: SHEETS.log, cell: 'M2' });
  });
});
