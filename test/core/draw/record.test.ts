// SPEC §3.6 参数 and 抽取日志 rows; SPEC §2 抽取快照 rows and the replay from them (SPEC §3.7).
import { drawDepartments } from '../../../src/core/draw/eligibility';
import { runDraw } from '../../../src/core/draw/engine';
import {
  ALGORITHM_V1 as ALGORITHM_ID,
  buildLogRow,
  GENESIS_HASH,
  isoTimestampWithOffset,
  logFields,
  type LogEntry,
  logRowHash,
  voidLogEntry,
} from '../../../src/core/draw/log';
import { canonicalJson, paramsFromTask, paramsJson, parseParams, strataFromParams } from '../../../src/core/draw/params';
import { replayInputFromSnapshot, snapshotRows } from '../../../src/core/draw/snapshot';
import type { DrawInput } from '../../../src/core/draw/types';
import { UserFacingError } from '../../../src/core/messages/problem';
import { LOG_COLUMNS, SNAPSHOT_COLUMNS } from '../../../src/core/schema';
import { seedOf, sha256, task } from './helpers';

describe('SPEC §3.6 参数', () => {
  const joint = task({
    ratioBp: 1000,
    joint: ['市场监管局'],
    experts: 1,
    scope: '道路运输',
    filterText: '行业类别=道路运输',
    gradeRatios: { A: 500, C: 3000, D: 10000 },
  });

  test('keys sorted at every level by code units, no spaces, all five strata when graded', () => {
    expect(paramsJson(paramsFromTask(joint, drawDepartments(joint), '2024-10-31'))).toBe(
      '{"base":1000,"depts":["交通运输局","市场监管局","专家"],"end":"2024-10-31","filter":"行业类别=道路运输",' +
        '"k":{"专家":1,"交通运输局":2,"市场监管局":2},"scope":"道路运输",' +
        '"strata":{"A":500,"B":1000,"C":3000,"D":10000,"未分级":1000}}',
    );
  });

  test('a task without 信用分级比例 has strata {"全部": base}', () => {
    const plain = task({ ratioBp: 500 });
    expect(paramsJson(paramsFromTask(plain, drawDepartments(plain), '2024-10-31'))).toBe(
      '{"base":500,"depts":["交通运输局"],"end":"2024-10-31","filter":"","k":{"交通运输局":2},"scope":"","strata":{"全部":500}}',
    );
  });

  test('integer-like keys sort as text too, unlike JSON.stringify', () => {
    expect(canonicalJson({ b: 1, 10: 2, 9: [3, { y: 'x', x: null }] })).toBe('{"10":2,"9":[3,{"x":null,"y":"x"}],"b":1}');
  });

  test('parses back for a replay, strata in SPEC order', () => {
    const text = paramsJson(paramsFromTask(joint, drawDepartments(joint), '2024-10-31'));
    const parsed = parseParams(text);
    expect(paramsJson(parsed)).toBe(text);
    expect(strataFromParams(parsed).map((s) => s.stratum)).toEqual(['A', 'B', 'C', 'D', '未分级']);
  });

  test.each([
    ['not JSON', '{"base":', '不是有效的 JSON'],
    ['k missing a department', '{"base":1,"depts":["甲"],"end":"","filter":"","k":{},"scope":"","strata":{"全部":1}}', 'k 应为'],
    ['odd strata', '{"base":1,"depts":[],"end":"","filter":"","k":{},"scope":"","strata":{"A":1}}', 'strata 应为'],
  ])('unreadable 参数 (%s) is a Chinese message on the log', (_, text, fragment) => {
    expect(() => parseParams(text, 'M5')).toThrow(UserFacingError);
    expect(() => parseParams(text, 'M5')).toThrow(`抽取日志!M5: 抽取日志“参数”无法读取：${fragment}`);
  });
});

describe('SPEC §3.6 log rows', () => {
  const entry: LogEntry = {
    seq: 1,
    time: '2024-06-03T09:30:00+08:00',
    operator: ' 张三 ',
    drawId: '交001-1',
    taskId: '交001',
    algorithm: ALGORITHM_ID,
    seedSource: '见证号码',
    witness: '12345678901234567890',
    seed: 'ab'.repeat(32),
    objectsHash: '1'.repeat(64),
    inspectorsHash: '2'.repeat(64),
    conflictsHash: '3'.repeat(64),
    params: '{"base":1000}',
    eligibleCount: 120,
    drawnCount: 12,
    resultHash: '4'.repeat(64),
    status: '有效',
    note: '',
  };

  test('本条哈希 = H(上一条哈希 + "\\n" + 序号 … 说明 joined by tabs), numbers in decimal, empty as ""', async () => {
    const row = await buildLogRow(entry, GENESIS_HASH);
    expect(row).toHaveLength(LOG_COLUMNS.length);
    expect(GENESIS_HASH).toBe('0'.repeat(64));
    const fields = [
      '1', '2024-06-03T09:30:00+08:00', '张三', '交001-1', '交001', 'ssj-draw/1', '见证号码', '12345678901234567890',
      'ab'.repeat(32), '1'.repeat(64), '2'.repeat(64), '3'.repeat(64), '{"base":1000}', '120', '12', '4'.repeat(64), '有效', '',
    ];
    expect(row[18]).toBe(GENESIS_HASH);
    expect(row[19]).toBe(sha256(`${GENESIS_HASH}\n${fields.join('\t')}`));
    expect(row[2]).toBe('张三'); // written normalised, so a reader hashes the same text
    expect(row[17]).toBeNull();
  });

  test('rows chain: each row’s 上一条哈希 is the previous 本条哈希, and a reread row hashes the same', async () => {
    const first = await buildLogRow(entry, GENESIS_HASH);
    const voided = voidLogEntry(2, '2024-06-04T10:00:00+08:00', '李四', '交001-1', '录入错误');
    const second = await buildLogRow(voided, first[19] as string);
    expect(second[18]).toBe(first[19]);
    expect(second.slice(0, 18)).toEqual([
      2, '2024-06-04T10:00:00+08:00', '李四', '交001-1', null, null, null, null, null, null, null, null, null, null, null, null, '作废', '录入错误',
    ]);
    // A reader hands back '' for empty cells and numbers as numbers: same hash.
    const reread = second.slice(0, 18).map((cell) => (cell === null ? '' : cell));
    expect(await logRowHash(first[19] as string, reread)).toBe(second[19]);
    expect(await logRowHash(GENESIS_HASH, logFields({ ...entry, seq: 2 }))).not.toBe(first[19]);
  });

  test('ISO 8601 time with offset, China time by default', () => {
    const instant = new Date('2024-06-02T17:30:05.900Z');
    expect(isoTimestampWithOffset(instant)).toBe('2024-06-03T01:30:05+08:00');
    expect(isoTimestampWithOffset(instant, 0)).toBe('2024-06-02T17:30:05+00:00');
    expect(isoTimestampWithOffset(instant, -330)).toBe('2024-06-02T12:00:05-05:30');
  });
});

describe('SPEC §2 抽取快照 and the replay', () => {
  const input: DrawInput = {
    seed: seedOf('snapshot', 0),
    baseBp: 1000,
    strata: [
      { stratum: 'A', ratioBp: 5000, ids: ['A2', 'A1', 'A3'] },
      { stratum: 'B', ratioBp: 1000, ids: ['B1'] },
      { stratum: 'C', ratioBp: 1000, ids: [] },
      { stratum: 'D', ratioBp: 10000, ids: ['D1', 'D2'] },
      { stratum: '未分级', ratioBp: 1000, ids: ['U1', 'U2'] },
    ],
    departments: [
      { department: '交通运输局', k: 2 },
      { department: '专家', k: 1 },
    ],
    inspectors: [
      { id: 'P2', department: '交通运输局', category: '执法人员' },
      { id: 'P1', department: '交通运输局', category: '执法人员' },
      { id: 'P3', department: '交通运输局', category: '执法人员' },
      { id: 'E1', department: '专家', category: '第三方机构' },
      { id: 'E2', department: '专家', category: '专家' },
    ],
    conflicts: [
      { inspectorId: 'P1', objectId: 'D1' },
      { inspectorId: 'E1', objectId: 'A1' },
      { inspectorId: 'P1', objectId: 'D1' },
    ],
  };
  const params = '{"base":1000,"depts":["交通运输局","专家"],"end":"2024-10-31","filter":"","k":{"专家":1,"交通运输局":2},"scope":"","strata":{"A":5000,"B":1000,"C":1000,"D":10000,"未分级":1000}}';

  test('rows: objects, inspectors, then avoidance pairs, each sorted, in SNAPSHOT_COLUMNS order', () => {
    const rows = snapshotRows('交001-1', input);
    expect(rows.every((row) => row.length === SNAPSHOT_COLUMNS.length)).toBe(true);
    expect(rows.map((row) => row.slice(1).filter((cell) => cell !== null).join(' '))).toEqual([
      '对象 A1 A', '对象 A2 A', '对象 A3 A', '对象 B1 B', '对象 D1 D', '对象 D2 D', '对象 U1 未分级', '对象 U2 未分级',
      '人员 E1 专家 第三方机构', '人员 E2 专家 专家', '人员 P1 交通运输局 执法人员', '人员 P2 交通运输局 执法人员',
      '人员 P3 交通运输局 执法人员',
      '回避 E1 A1', '回避 P1 D1',
    ]);
  });

  test('replaying from the snapshot rows, 参数 and 种子 gives the same draw and hashes', async () => {
    const original = await runDraw(input);
    expect(original.ok).toBe(true);
    const replayed = await runDraw(replayInputFromSnapshot(snapshotRows('交001-1', input), params, input.seed));
    expect(replayed).toEqual(original);
  });

  test('an unreadable snapshot row is named by its cell', () => {
    const rows = snapshotRows('交001-1', input);
    rows[2][1] = '对像';
    rows[4][3] = 'E';
    const rowNumbers = rows.map((_, i) => 40 + i);
    expect(() => replayInputFromSnapshot(rows, params, input.seed, rowNumbers)).toThrow(
      '抽取快照!B42: 抽取快照无法读取：类别“对像”应为 对象、人员 或 回避\n抽取快照!D44: 抽取快照无法读取：分层“E”不在本次抽取的参数中',
    );
  });
});
