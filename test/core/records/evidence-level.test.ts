import { evidenceLevels, EVIDENCE_LEVELS } from '../../../src/core/records/evidence-level';
import type { LoggedRow } from '../../../src/core/records/log-sheet';

let rowNumber = 1;
function row(fields: Partial<LoggedRow>): LoggedRow {
  rowNumber++;
  const blank = {
    seq: '', time: '', operator: '', drawId: '', taskId: '', algorithm: 'ssj-draw/2', seedSource: '', witness: '', seed: '',
    objectsHash: '', inspectorsHash: '', conflictsHash: '', params: '', eligibleCount: '', drawnCount: '', resultHash: '',
    status: '', note: '', prevHash: '', hash: `hash-of-row-${rowNumber}`, hashedFields: [],
  };
  return { ...blank, row: rowNumber, ...fields };
}

const announce = (drawId: string) => row({ drawId, taskId: drawId.split('-')[0], status: '公告', seedSource: '公开号码' });
const attempt = (drawId: string, seedSource: string, status = '有效') => row({ drawId, taskId: drawId.split('-')[0], status, seedSource });

test('a draw from public numbers after a 公告 of its id is announced; checked only when the published hash matches', () => {
  const entries = [announce('联033-1'), attempt('联033-1', '公开号码')];
  const unchecked = evidenceLevels(entries).get('联033-1')!;
  expect(unchecked).toMatchObject({ level: EVIDENCE_LEVELS.announced, hash: entries[1].hash, announcement: { hash: entries[0].hash, row: entries[0].row } });
  expect(evidenceLevels(entries, new Map([['联033-1', entries[0].hash.toUpperCase()]])).get('联033-1')!.level).toBe(EVIDENCE_LEVELS.checked);
  const wrong = evidenceLevels(entries, new Map([['联033-1', 'f'.repeat(64)]])).get('联033-1')!;
  expect(wrong).toMatchObject({ level: EVIDENCE_LEVELS.announced, publishedMismatch: 'f'.repeat(64) });
});

test('the latest 公告 of an id is the one a draw is held against', () => {
  const entries = [announce('联033-1'), announce('联033-1'), attempt('联033-1', '公开号码')];
  expect(evidenceLevels(entries).get('联033-1')!.announcement!.row).toBe(entries[1].row);
});

test('witness digits, 指定种子 and 公开号码 without a 公告 are unannounced; 系统生成 is its own level', () => {
  const entries = [
    attempt('交001-1', '见证号码', '失败'), attempt('交001-2', '指定种子'), attempt('交002-1', '公开号码'), attempt('交003-1', '系统生成'),
    // A 公告 of another id does not announce this one.
    announce('交004-2'), attempt('交004-1', '公开号码'),
  ];
  const levels = evidenceLevels(entries);
  expect([...levels.values()].map((e) => `${e.drawId} ${e.status} ${e.level}`)).toEqual([
    '交001-1 失败 未公告', '交001-2 有效 未公告', '交002-1 有效 未公告', '交003-1 有效 系统生成', '交004-1 有效 未公告',
  ]);
});

test('voids and 公告 rows are no attempts', () => {
  const entries = [announce('联033-1'), row({ drawId: '联033-1', status: '作废' })];
  expect(evidenceLevels(entries).size).toBe(0);
});
