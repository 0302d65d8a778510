// SPEC §3.3 shortfall and SPEC §3.5 infeasible draws: stop, report everything, write nothing.
import { conflictPairs, drawDepartments, eligibleInspectors, eligibleObjects, stratify } from '../../../src/core/draw/eligibility';
import { runDraw } from '../../../src/core/draw/engine';
import { planSampleSizes } from '../../../src/core/draw/select';
import * as uniformModule from '../../../src/core/draw/uniform';
import type { DrawInput } from '../../../src/core/draw/types';
import { drawInfeasible, drawShortfall } from '../../../src/core/messages/draw';
import { avoidance, inspector, object, seedOf, sha256, task } from './helpers';
import { referenceDraw } from './reference';

const ids = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}${i + 1}`);

describe('SPEC §3.5 infeasible draws', () => {
  // Every object is drawn (100 %). 交通运输局 has one eligible inspector but k = 2; everyone of
  // 市场监管局 must avoid O3 (two by the column, one by the 回避关系 sheet).
  const plan = task({ ratioBp: 10000, joint: ['市场监管局'], perDepartment: 2 });
  const objects = ['O1', 'O2', 'O3', 'O4'].map((id) => object(id));
  const people = [
    inspector('T1', '交通运输局'),
    inspector('T2', '交通运输局', { certificateExpiry: '2024-09-30' }),
    inspector('T3', '交通运输局', { onDuty: false, dutyStatus: '休假' }),
    inspector('S1', '市场监管局', { avoidObjectIds: ['O3'] }),
    inspector('S2', '市场监管局', { avoidObjectIds: ['O3'] }),
    inspector('S3', '市场监管局'),
  ];
  const sheet = [avoidance('S3', 'O3')];

  function input(): DrawInput {
    const eligible = eligibleObjects(objects, plan, new Set());
    const departments = drawDepartments(plan);
    const pool = eligibleInspectors(people, departments, plan.end);
    return {
      seed: seedOf('infeasible', 0),
      baseBp: plan.ratioBp,
      strata: stratify(eligible, plan),
      departments,
      inspectors: pool,
      conflicts: conflictPairs(people, sheet, eligible.map((o) => o.id), pool.map((i) => i.id)),
    };
  }

  test('every infeasible object and department is collected, with how many were eligible', async () => {
    const outcome = await runDraw(input());
    expect(outcome.ok).toBe(false);
    expect(outcome.infeasible).toHaveLength(5);
    expect(outcome.infeasible).toEqual(
      expect.arrayContaining([
        ...objects.map((o) => ({ objectId: o.id, department: '交通运输局', eligible: 1, needed: 2 })),
        { objectId: 'O3', department: '市场监管局', eligible: 0, needed: 2 },
      ]),
    );
    // In draw order, departments in D order — exactly as the independent implementation finds them.
    expect(outcome.infeasible).toEqual(referenceDraw(input()).infeasible);
  });

  test('a failed draw keeps its snapshot hashes for the log but has no picks, loads or result hash', async () => {
    const outcome = await runDraw(input());
    expect(outcome.picks).toEqual([]);
    expect(outcome.loads.size).toBe(0);
    expect(outcome.resultHash).toBe('');
    expect(outcome.objectsHash).toBe(sha256(['O1\t全部', 'O2\t全部', 'O3\t全部', 'O4\t全部'].join('\n')));
    expect(outcome.inspectorsHash).toBe(
      sha256(['S1\t市场监管局\t执法人员', 'S2\t市场监管局\t执法人员', 'S3\t市场监管局\t执法人员', 'T1\t交通运输局\t执法人员'].join('\n')),
    );
    expect(outcome.conflictsHash).toBe(sha256(['S1\tO3', 'S2\tO3', 'S3\tO3'].join('\n')));
  });

  test('the Chinese message names every object and department affected', async () => {
    const outcome = await runDraw(input());
    const problem = drawInfeasible(outcome.infeasible);
    expect(problem.code).toBe('draw.infeasible');
    expect(problem.severity).toBe('error');
    expect(problem.message).toContain('共 5 处');
    for (const id of ['O1', 'O2', 'O4']) expect(problem.message).toContain(`对象 ${id}（交通运输局：可选 1 人，需 2 人）`);
    expect(problem.message).toContain('对象 O3（交通运输局：可选 1 人，需 2 人）');
    expect(problem.message).toContain('对象 O3（市场监管局：可选 0 人，需 2 人）');
    expect(problem.message).toContain('未写入抽取结果');
  });
});

describe('SPEC §3.3 shortfall', () => {
  // 60 eligible at 抽查比例 10 % need 6; A and B at 5 % give ceil(1.5) + ceil(1.5) = 4.
  const plan = task({ ratioBp: 1000, gradeRatios: { A: 500, B: 500, C: 500, D: 500 }, gradeRatiosText: 'A:5%;B:5%;C:5%;D:5%' });
  const objects = [...ids('A', 30).map((id) => object(id, 'A')), ...ids('B', 30).map((id) => object(id, 'B'))];
  const strata = stratify(objects, plan);

  test('a dry run reports the shortfall before any seed exists', () => {
    const sizes = planSampleSizes(strata, plan.ratioBp);
    expect(sizes.strata.map((s) => [s.stratum, s.eligible, s.sampleSize])).toEqual([
      ['A', 30, 2],
      ['B', 30, 2],
      ['C', 0, 0],
      ['D', 0, 0],
      ['未分级', 0, 0],
    ]);
    expect(sizes.minimum).toBe(6);
    expect(sizes.shortfall).toEqual({ planned: 4, minimum: 6 });
  });

  test('the draw stops before drawing anything and the message names the shortfall', async () => {
    const streams = jest.spyOn(uniformModule, 'streamFor');
    const outcome = await runDraw({
      seed: seedOf('shortfall', 0),
      baseBp: plan.ratioBp,
      strata,
      departments: drawDepartments(plan),
      inspectors: [],
      conflicts: [],
    });
    expect(streams).not.toHaveBeenCalled();
    await runDraw({ seed: seedOf('shortfall', 0), baseBp: 0, strata, departments: [], inspectors: [], conflicts: [] });
    expect(streams).toHaveBeenCalled(); // the spy does see the engine's streams
    streams.mockRestore();
    expect(outcome).toMatchObject({ ok: false, shortfall: { planned: 4, minimum: 6 }, picks: [], infeasible: [], resultHash: '' });
    expect(outcome.objectsHash).toMatch(/^[0-9a-f]{64}$/);
    const problem = drawShortfall({ ...outcome.shortfall!, eligible: outcome.eligibleTotal, baseBp: plan.ratioBp });
    expect(problem.code).toBe('draw.shortfall');
    expect(problem.sheet).toBe('年度抽查计划');
    expect(problem.message).toContain('各分层合计只抽 4 户，低于计划最低要求 6 户');
    expect(problem.message).toContain('合格对象 60 户 × 抽查比例 10%');
    expect(problem.message).toContain('差 2 户');
  });

  test('no shortfall when every stratum keeps at least 抽查比例', () => {
    const fine = task({ ratioBp: 1000, gradeRatios: { A: 1000, B: 3000 } });
    expect(planSampleSizes(stratify(objects, fine), fine.ratioBp).shortfall).toBeUndefined();
  });
});

describe('a repeated 对象编号 in the draw input', () => {
  const draw = (strata: DrawInput['strata']) =>
    runDraw({ seed: seedOf('repeat', 0), baseBp: 0, strata, departments: [], inspectors: [], conflicts: [] });

  test.each([
    ['within a stratum', [{ stratum: '全部' as const, ratioBp: 1000, ids: ['O2', 'O1', 'O2'] }], 'O2'],
    ['across strata', [{ stratum: 'A' as const, ratioBp: 1000, ids: ['O1', 'O7'] }, { stratum: 'B' as const, ratioBp: 1000, ids: ['O3', 'O7'] }], 'O7'],
    ['after neighbours differing only in their first character', [{ stratum: 'A' as const, ratioBp: 1000, ids: ['B-1', 'A-1', 'C-1'] }, { stratum: 'B' as const, ratioBp: 1000, ids: ['D-1', 'D-2', 'D-1'] }], 'D-1'],
    ['outside ASCII', [{ stratum: 'A' as const, ratioBp: 1000, ids: ['对象2', '对象1'] }, { stratum: 'B' as const, ratioBp: 1000, ids: ['对象2'] }], '对象2'],
    ['holding a control character', [{ stratum: 'A' as const, ratioBp: 1000, ids: ['O\t1'] }, { stratum: 'C' as const, ratioBp: 1000, ids: ['O', 'O\t1'] }], 'O\t1'],
  ])('is refused %s', async (_, strata, id) => {
    await expect(draw(strata)).rejects.toThrow(`duplicate object ${id} in draw input`);
  });

  test('ids alike but for one character, first or last, are no repeat', async () => {
    const outcome = await draw([
      { stratum: 'A', ratioBp: 1000, ids: ['B-1', 'A-1', 'A-2'] },
      { stratum: 'B', ratioBp: 1000, ids: ['C-1', 'A-3', '对象1', '对象2'] },
    ]);
    expect(outcome.eligibleTotal).toBe(7);
  });
});
