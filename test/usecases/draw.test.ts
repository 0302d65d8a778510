import ExcelJS from 'exceljs';
import { drawTask, voidDraw, verifyWorkbook, dryRun } from '../../src/usecases';
import { logRowHash } from '../../src/core/draw/log';
import { columnLetter } from '../../src/core/text';
import { SHEETS } from '../../src/core/schema';
import { XlsxWorkbook } from '../../src/workbook/xlsx';
import { drawRequest, drawnBookBytes, smallBook, smallBookWith, sheetValues, tampered } from './helpers';

async function allValues(book: XlsxWorkbook) {
  const names = await book.listSheets();
  return book.readSheets(names);
}

test('a draw appends its rows to 抽查结果, 抽取快照 and 抽取日志 and reports where they landed', async () => {
  const book = await smallBook();
  const report = await drawTask(book, drawRequest());
  expect(report.ok).toBe(true);
  expect(report.drawId).toBe('联033-1');
  const results = await sheetValues(book, SHEETS.results);
  expect(results).toHaveLength(1 + report.picks.length);
  expect(report.resultRows).toEqual({ sheet: SHEETS.results, first: 2, last: 1 + report.picks.length });
  expect(results[1].slice(0, 5)).toEqual(['联033-1', '联033', '清河县道路运输市场部门联合随机抽查', 1, report.picks[0].objectId]);
  const log = await sheetValues(book, SHEETS.log);
  expect(log).toHaveLength(2);
  expect(log[1][16]).toBe('有效');
  expect(log[1][18]).toBe('0'.repeat(64));
  expect(book.workbook.getWorksheet(SHEETS.snapshot)!.state).toBe('hidden');
});

test('each object gets two inspectors from each department, departments in plan order', async () => {
  const book = await smallBook();
  const report = await drawTask(book, drawRequest());
  for (const pick of report.picks) {
    expect(pick.inspectorIds).toHaveLength(4);
    expect(pick.inspectorIds.slice(0, 2).every((id) => id.startsWith('JT'))).toBe(true);
    expect(pick.inspectorIds.slice(2).every((id) => id.startsWith('SC'))).toBe(true);
    // JT07 is on leave, JT08's certificate ended before the task's end.
    expect(pick.inspectorIds).not.toContain('JT07');
    expect(pick.inspectorIds).not.toContain('JT08');
  }
});

test('the same witness digits on the same workbook give the same result hash', async () => {
  const first = await drawTask(await smallBook(), drawRequest());
  const second = await drawTask(await smallBook(), drawRequest());
  expect(second.resultHash).toBe(first.resultHash);
  expect(second.seed).toBe(first.seed);
});

test('a second draw of the task is batch 2 and never draws an object of the first again', async () => {
  const book = await smallBook();
  const first = await drawTask(book, drawRequest());
  const second = await drawTask(book, drawRequest());
  expect(second.drawId).toBe('联033-2');
  expect(second.seed).not.toBe(first.seed);
  const firstIds = new Set(first.picks.map((p) => p.objectId));
  expect(second.picks.some((p) => firstIds.has(p.objectId))).toBe(false);
  expect((await verifyWorkbook(book)).ok).toBe(true);
});

test('witness digits an earlier attempt of the task used are drawn with, but warned of, naming that log cell', async () => {
  const book = await smallBook();
  expect((await drawTask(book, drawRequest())).notes.map((p) => p.code)).not.toContain('draw.witness-reused');
  // The same digits, written differently: SPEC §3.2 material is what counts.
  const again = await drawTask(book, drawRequest({ seedSource: { kind: 'witness', digits: '３１７９-２０４６-５５８１-９０２３-４４１７-８８３０' } }));
  expect(again.written).toBe(true);
  const reused = again.notes.find((p) => p.code === 'draw.witness-reused')!;
  expect(reused).toMatchObject({ sheet: SHEETS.log, cell: 'H2' });
  expect(reused.message).toContain('联033-1');
  const fresh = await drawTask(book, drawRequest({ seedSource: { kind: 'witness', digits: '9999 2046 5581 9023 4417 8830' } }));
  expect(fresh.notes.map((p) => p.code)).not.toContain('draw.witness-reused');
  // Another task may use the same digits without a warning (its seed is another task's).
  const other = await drawTask(book, drawRequest({ taskId: '交001' }));
  expect(other.notes.map((p) => p.code)).not.toContain('draw.witness-reused');
});

test('a voided draw no longer blocks its objects, stays verifiable, and still counts as an attempt', async () => {
  const book = await smallBook();
  const first = await drawTask(book, drawRequest());
  expect(await voidDraw(book, { drawId: '联033-1', reason: '见证人未到场', operator: '张三' })).toMatchObject({ ok: true, problems: [] });
  const again = await voidDraw(book, { drawId: '联033-1', reason: '重复', operator: '张三' });
  expect(again.problems[0].code).toBe('void.already');
  const dry = await dryRun(book, '联033', '2024-06-04');
  expect(dry.drawId).toBe('联033-2');
  expect(dry.eligibleTotal).toBe(first.strata.reduce((n, s) => n + s.eligible, 0));
  const verify = await verifyWorkbook(book);
  expect(verify.ok).toBe(true);
  expect(verify.lines[0].status).toBe('作废');
});

test('a refused draw (unknown task, short witness, no operator) writes nothing', async () => {
  const book = await smallBook();
  const before = await allValues(book);
  const unknown = await drawTask(book, drawRequest({ taskId: '联999' }));
  expect(unknown.problems[0].code).toBe('draw.unknown-task');
  const short = await drawTask(book, drawRequest({ seedSource: { kind: 'witness', digits: '1234 5678' } }));
  expect(short.problems[0].code).toBe('draw.witness-too-short');
  const anonymous = await drawTask(book, drawRequest({ operator: '  ' }));
  expect(anonymous.problems[0].code).toBe('draw.operator-missing');
  const long = await drawTask(book, drawRequest({ seedSource: { kind: 'witness', digits: '3179 '.repeat(9000) } }));
  expect(long.problems.map((p) => p.code)).toEqual(['draw.witness-too-long']);
  expect(long.problems[0].message).toContain('见证号码太长（36000 个字符）');
  for (const report of [unknown, short, anonymous, long]) expect(report.written).toBe(false);
  expect(await allValues(book)).toEqual(before);
});

test('a task with no eligible object left is refused, naming its 抽查对象范围 cell', async () => {
  const book = await smallBook();
  // Six projects at 30 %: 2, 2, 1 and 1 are drawn, then none is left (no repeats within the year).
  const drawn = [];
  for (let i = 0; i < 4; i++) drawn.push((await drawTask(book, drawRequest({ taskId: '交001' }))).picks.length);
  expect(drawn).toEqual([2, 2, 1, 1]);
  const before = await allValues(book);
  const exhausted = await drawTask(book, drawRequest({ taskId: '交001' }));
  expect(exhausted.problems[0]).toMatchObject({ code: 'draw.nothing-eligible', sheet: SHEETS.plan, cell: 'H3' });
  expect(await allValues(book)).toEqual(before);
});

test('a workbook with registry errors is refused before any seed exists', async () => {
  const book = await tampered(await smallBook().then((b) => b.toBuffer()), (wb) => {
    const cell = wb.getWorksheet(SHEETS.objects)!.getCell('A3');
    const code = cell.text;
    cell.value = code.slice(0, 17) + (code[17] === '0' ? '1' : '0'); // a wrong check character
  });
  const before = await allValues(book);
  const report = await drawTask(book, drawRequest());
  expect(report.ok).toBe(false);
  expect(report.problems.some((p) => p.sheet === SHEETS.objects && p.cell === 'A3')).toBe(true);
  expect(report.problems.at(-1)!.code).toBe('draw.blocked');
  expect(await allValues(book)).toEqual(before);
});

test('a 抽查任务编号 repeated in the plan blocks a draw of that task, not of the others', async () => {
  const book = await smallBookWith((rows) => {
    const plan = rows.get(SHEETS.plan)!;
    plan.push([...plan[0]]);
  });
  const before = await allValues(book);
  const report = await drawTask(book, drawRequest());
  expect(report.written).toBe(false);
  expect(report.problems.map((p) => `${p.code}@${p.cell ?? ''}`)).toContain('registry.duplicate-id@C4');
  expect(await allValues(book)).toEqual(before);
  expect((await drawTask(book, drawRequest({ taskId: '交001' }))).ok).toBe(true);
});

describe('infeasible draws', () => {
  test('每部门检查人数 0 with 专家人数 1: experts alone inspect, departments need nobody on duty', async () => {
    const book = await smallBookWith((rows) => {
      const task = rows.get(SHEETS.plan)![0];
      task[14] = 0;
      task[15] = 1;
      for (const row of rows.get(SHEETS.inspectors)!) if (String(row[0]).startsWith('SC')) row[8] = '休假';
    });
    const report = await drawTask(book, drawRequest());
    expect(report.problems).toEqual([]);
    expect(report.picks.length).toBeGreaterThan(0);
    expect(new Set(report.picks.map((pick) => pick.inspectorIds.join()))).toEqual(new Set(['ZJ01', 'ZJ02']));
    expect((await verifyWorkbook(book)).ok).toBe(true);
  });

  test('a department with one eligible inspector fails every object, all listed, with a 失败 log row and its 抽取快照 rows only', async () => {
    const book = await smallBookWith((rows) => {
      for (const row of rows.get(SHEETS.inspectors)!) if (['SC02', 'SC03', 'SC04'].includes(row[0] as string)) row[8] = '休假';
    });
    const before = await allValues(book);
    const report = await drawTask(book, drawRequest());
    expect(report.ok).toBe(false);
    const infeasible = report.problems.find((p) => p.code === 'draw.infeasible')!;
    const drawn = report.strata.reduce((n, s) => n + s.sampleSize, 0);
    expect(infeasible.message).toContain(`共 ${drawn} 处`);
    expect(infeasible.message).toContain('市场监管局：可选 1 人，需 2 人');
    expect(infeasible.message).not.toContain('交通运输局：可选');
    const after = await allValues(book);
    expect(after.get(SHEETS.results)).toEqual(before.get(SHEETS.results));
    // SPEC §3.8: a failed draw writes its 抽取快照 rows too, so that verify replays it to the same failure.
    const snapshot = after.get(SHEETS.snapshot)!;
    expect(snapshot.length).toBeGreaterThan(1);
    expect(new Set(snapshot.slice(1).map((row) => row[0]))).toEqual(new Set(['联033-1']));
    const log = after.get(SHEETS.log)!;
    expect(log).toHaveLength(2);
    expect(log[1][16]).toBe('失败');
    expect(String(log[1][17])).toContain('检查人员不足');
    // The failed attempt counts: the next try is batch 2.
    expect((await dryRun(book, '联033', '2024-06-03')).drawId).toBe('联033-2');
    // Nothing to void: it wrote no results, and the refusal says so.
    const voided = await voidDraw(book, { drawId: '联033-1', reason: '测试', operator: '张三' });
    expect(voided.problems.map((p) => `${p.code}@${p.cell}`)).toEqual(['void.failed-draw@D2']);
    const verified = await verifyWorkbook(book);
    // SPEC §3.8: verify replays the failed attempt from its 抽取快照 rows, to the same failure.
    expect(verified.ok).toBe(true);
    expect(verified.lines.map((line) => [line.drawId, line.status, line.ok])).toEqual([['联033-1', '失败', true]]);
  });

  test('when everyone of a department avoids one object, that object and department are named', async () => {
    const book = await smallBookWith((rows) => {
      const target = rows.get(SHEETS.objects)!.find((row) => row[6] === 'D')![0] as string;
      rows.get(SHEETS.avoidance)!.push(...['SC01', 'SC02', 'SC03', 'SC04'].map((id) => [id, target, '曾任职']));
    });
    const report = await drawTask(book, drawRequest());
    expect(report.ok).toBe(false);
    const message = report.problems.find((p) => p.code === 'draw.infeasible')!.message;
    expect(message).toContain('共 1 处');
    expect(message).toContain('市场监管局：可选 0 人，需 2 人');
  });
});

test('after a clerk reorders 抽查结果 and inserts a column of their own, the next draw lands under the right headers', async () => {
  const first = await smallBook();
  expect((await drawTask(first, drawRequest())).ok).toBe(true);
  const book = await tampered(await first.toBuffer(), (wb) => {
    const ws = wb.getWorksheet(SHEETS.results)!;
    ws.spliceColumns(2, 0, []); // a new column B for the clerk
    ws.getCell('B1').value = '联系人';
    for (let r = 2; r <= ws.rowCount; r++) ws.getCell(r, 2).value = '王五';
    // Swap 对象名称 and 对象编号 (now columns G and F).
    for (let r = 1; r <= ws.rowCount; r++) {
      const f = ws.getCell(r, 6).value;
      ws.getCell(r, 6).value = ws.getCell(r, 7).value;
      ws.getCell(r, 7).value = f;
    }
  });
  const second = await drawTask(book, drawRequest({ taskId: '交001' }));
  expect(second.ok).toBe(true);
  const rows = await sheetValues(book, SHEETS.results);
  const header = rows[0];
  const last = rows[rows.length - 1];
  expect(last[header.indexOf('对象编号')]).toBe(second.picks[second.picks.length - 1].objectId);
  expect(last[header.indexOf('联系人')]).toBeNull();
  expect(rows[1][header.indexOf('联系人')]).toBe('王五');
  expect((await verifyWorkbook(book)).ok).toBe(true);
});

test('a registry sheet named with a stray space validates and draws alike', async () => {
  const { validateWorkbook } = await import('../../src/usecases');
  const book = await tampered(await (await smallBook()).toBuffer(), (wb) => {
    wb.getWorksheet(SHEETS.objects)!.name = '检查对象 名录库';
  });
  const validation = await validateWorkbook(book);
  expect(validation.errors).toBe(0);
  const report = await drawTask(book, drawRequest());
  expect(report.problems).toEqual([]);
  expect(report.ok).toBe(true);
});

test('listing the tasks with a dry run gives the same dry run as asking for it alone, from one read', async () => {
  const { listTasks } = await import('../../src/usecases');
  const book = await smallBook();
  await drawTask(book, drawRequest());
  let reads = 0;
  const counting = Object.assign(Object.create(book), {
    readSheets: (...args: Parameters<XlsxWorkbook['readSheets']>) => { reads++; return book.readSheets(...args); },
  }) as XlsxWorkbook;
  const listed = await listTasks(counting, '联033');
  const readsForList = reads;
  expect(listed.dryRun).toEqual(await dryRun(book, '联033'));
  expect(listed.dryRun?.drawId).toBe('联033-2');
  // One pass over the sheets (plus the snapshot's header), as for a dry run alone.
  reads = 0;
  await dryRun(counting, '联033');
  expect(readsForList).toBe(reads);
});

describe('no draw or void is appended onto broken evidence', () => {
  test('a log row edited after the draw: the next draw and a void are refused, nothing written', async () => {
    const book = await tampered(await drawnBookBytes(), (wb) => {
      wb.getWorksheet(SHEETS.log)!.getCell('C2').value = '李四';
    });
    const before = await allValues(book);
    const draw = await drawTask(book, drawRequest({ taskId: '交001' }));
    expect(draw.written).toBe(false);
    expect(draw.problems.map((p) => `${p.code}@${p.cell ?? ''}`)).toEqual(['verify.row-hash@T2', 'draw.evidence-broken@']);
    const voided = await voidDraw(book, { drawId: '联033-1', reason: '测试', operator: '张三' });
    expect(voided.problems.map((p) => p.code)).toEqual(['verify.row-hash', 'draw.evidence-broken']);
    expect(await allValues(book)).toEqual(before);
  });

  test('抽取日志 renamed: the results hold draws while the log is gone, so the draw is refused', async () => {
    const book = await tampered(await drawnBookBytes(), (wb) => {
      wb.getWorksheet(SHEETS.log)!.name = '日志备份';
    });
    const draw = await drawTask(book, drawRequest());
    expect(draw.written).toBe(false);
    expect(draw.problems[0]).toMatchObject({ code: 'verify.log-missing', sheet: SHEETS.log });
    expect(draw.problems[0].message).toContain('可能被删除或改名');
    expect((await book.listSheets()).includes(SHEETS.log)).toBe(false);
  });
});

describe('the results and the log must agree before anything is appended', () => {
  test.each([
    ['an edited 对象编号', (ws: ExcelJS.Worksheet) => { ws.getCell('E3').value = 'ZZZ'; }],
    ['a deleted result row', (ws: ExcelJS.Worksheet) => { ws.spliceRows(3, 1); }],
  ])('%s in 抽查结果: the next draw and a void are refused (the no-repeat rule reads these rows)', async (_, edit) => {
    const book = await tampered(await drawnBookBytes(), (wb) => edit(wb.getWorksheet(SHEETS.results)!));
    const before = await allValues(book);
    const draw = await drawTask(book, drawRequest({ taskId: '交001' }));
    expect(draw.written).toBe(false);
    expect(draw.problems.map((p) => `${p.code}@${p.sheet}!${p.cell ?? ''}`)).toEqual([
      `draw.results-altered@${SHEETS.results}!A2`,
      `draw.evidence-broken@${SHEETS.log}!`,
    ]);
    const voided = await voidDraw(book, { drawId: '联033-1', reason: '测试', operator: '张三' });
    expect(voided.problems[0].code).toBe('draw.results-altered');
    expect(await allValues(book)).toEqual(before);
  });

  test('rows merely sorted in 抽查结果 do not stop the next draw (verify still names the order)', async () => {
    const book = await tampered(await drawnBookBytes(), (wb) => {
      const ws = wb.getWorksheet(SHEETS.results)!;
      const [second, third] = [ws.getRow(2).values, ws.getRow(3).values];
      ws.getRow(2).values = third as ExcelJS.CellValue[];
      ws.getRow(3).values = second as ExcelJS.CellValue[];
    });
    expect((await verifyWorkbook(book)).ok).toBe(false);
    expect((await drawTask(book, drawRequest({ taskId: '交001' }))).ok).toBe(true);
  });

  test('a clerk\'s note row below the results is no orphan result: verify passes, the next draw appends below it', async () => {
    const note = '以上为6月抽取';
    const book = await tampered(await drawnBookBytes(), (wb) => {
      const ws = wb.getWorksheet(SHEETS.results)!;
      ws.getCell(ws.rowCount + 1, 1).value = note;
    });
    expect((await verifyWorkbook(book)).ok).toBe(true);
    const draw = await drawTask(book, drawRequest({ taskId: '交001' }));
    expect(draw.ok).toBe(true);
    const rows = await sheetValues(book, SHEETS.results);
    const noteRow = rows.findIndex((row) => row[0] === note) + 1;
    expect(noteRow).toBeGreaterThan(1);
    expect(draw.resultRows!.first).toBe(noteRow + 1);
    expect((await verifyWorkbook(book)).ok).toBe(true);
  });

  test('抽取快照 deleted while the log holds draws: refused, since they could no longer be replayed', async () => {
    const book = await tampered(await drawnBookBytes(), (wb) => wb.removeWorksheet(wb.getWorksheet(SHEETS.snapshot)!.id));
    const draw = await drawTask(book, drawRequest({ taskId: '交001' }));
    expect(draw.problems.map((p) => p.code)).toEqual(['verify.snapshot-sheet-missing', 'draw.evidence-broken']);
  });
});

test('verify names a 作废 row that voids no draw, even with its hash recomputed', async () => {
  const book = await smallBook();
  await drawTask(book, drawRequest());
  await voidDraw(book, { drawId: '联033-1', reason: '测试', operator: '张三' });
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await book.toBuffer()) as unknown as ArrayBuffer);
  const log = wb.getWorksheet(SHEETS.log)!;
  const header = (log.getRow(1).values as ExcelJS.CellValue[]).map(String);
  const col = (name: string) => header.indexOf(name);
  const last = log.getRow(3);
  last.getCell(col('抽取编号')).value = '联099-1';
  const fields = Array.from({ length: 18 }, (_, i) => {
    const value = last.getCell(i + 1).value;
    return value === null || value === undefined ? '' : String(value);
  });
  last.getCell(col('本条哈希')).value = await logRowHash(String(last.getCell(col('上一条哈希')).value), fields);
  const forged = await XlsxWorkbook.fromBuffer(new Uint8Array(await wb.xlsx.writeBuffer()));
  const report = await verifyWorkbook(forged);
  // The errors (SPEC §3.8 adds warnings, e.g. on voids, that this forgery does not change).
  const errors = report.problems.filter((p) => p.severity === 'error');
  expect(errors.map((p) => `${p.code}@${p.cell}`)).toEqual([`verify.void-unknown@${columnLetter(col('抽取编号') - 1)}3`]);
  expect(report.ok).toBe(false);
});
