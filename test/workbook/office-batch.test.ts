import { UserFacingError } from '../../src/core/messages/problem';
import {
  BytePrefix,
  SliceOp,
  SyncRunner,
  cellJsonBytes,
  fixedOp,
  isPayloadLimitError,
  rowJsonBytes,
  type SlicePlan,
} from '../../src/workbook/office-batch';

/** A context whose sync fails with a payload error while the batch carries more than `limit` bytes. */
function contextWithLimit(limit: number) {
  let pending = 0;
  const batches: number[] = [];
  const context = {
    add: (bytes: number) => (pending += bytes),
    sync: async () => {
      const bytes = pending;
      pending = 0;
      if (bytes > limit) throw Object.assign(new Error('too big'), { code: 'RequestPayloadSizeLimitExceeded' });
      batches.push(bytes);
    },
  };
  return { context, batches };
}
type TestContext = ReturnType<typeof contextWithLimit>['context'];

/** `count` items of `size` bytes each, recording which items were written. */
function itemsPlan(count: number, size: number, written: number[]): SlicePlan {
  const prefix = new BytePrefix(count, () => size);
  return {
    label: 'items',
    bytesBetween: (from, to) => prefix.between(from, to),
    fitEnd: (from, to, maxBytes) => prefix.fitEnd(from, to, maxBytes, Infinity),
    queue: (context, from, to) => {
      (context as unknown as TestContext).add(prefix.between(from, to));
      return () => written.push(...Array.from({ length: to - from }, (_, k) => from + k));
    },
  };
}

const fixed = (bytes: number) =>
  fixedOp('fixed', bytes, (context) => {
    (context as unknown as TestContext).add(bytes);
  });

describe('SyncRunner', () => {
  test('packs small ops into one sync and cuts a large one to fill each sync to the budget', async () => {
    const { context, batches } = contextWithLimit(Infinity);
    const written: number[] = [];
    const runner = new SyncRunner(context as unknown as Excel.RequestContext, 1000);
    await runner.run([fixed(100), fixed(100), new SliceOp(itemsPlan(25, 100, written), 0, 25)]);
    expect(batches).toEqual([1000, 1000, 700]);
    expect(written).toEqual(Array.from({ length: 25 }, (_, i) => i));
    expect(runner.syncs).toBe(3);
    expect(runner.largestBatchBytes).toBe(1000);
  });

  test('a refused batch is sent again in halves, and later batches keep the smaller budget', async () => {
    const { context, batches } = contextWithLimit(300);
    const written: number[] = [];
    const runner = new SyncRunner(context as unknown as Excel.RequestContext, 1000);
    await runner.run([new SliceOp(itemsPlan(20, 100, written), 0, 20)]);
    expect(written).toEqual(Array.from({ length: 20 }, (_, i) => i));
    expect(Math.max(...batches)).toBeLessThanOrEqual(300);
    expect(runner.syncs).toBe(2 + batches.length); // 1000 refused, 500 refused, then 250-byte batches
  });

  test('an op that cannot shrink below the limit fails with a Chinese message', async () => {
    const { context } = contextWithLimit(50);
    const runner = new SyncRunner(context as unknown as Excel.RequestContext, 1000);
    const failure = await runner.run([fixed(100)]).catch((e) => e);
    expect(failure).toBeInstanceOf(UserFacingError);
    expect((failure as UserFacingError).problems[0].code).toBe('office.payload-too-large');
  });

  test('other errors pass through untouched', async () => {
    const context = {
      add: () => 0,
      sync: async () => Promise.reject(Object.assign(new Error('gone'), { code: 'ItemNotFound' })),
    };
    const runner = new SyncRunner(context as unknown as Excel.RequestContext);
    await expect(runner.run([fixed(10)])).rejects.toMatchObject({ code: 'ItemNotFound' });
  });
});

describe('payload measuring', () => {
  test('JSON bytes count UTF-8: 3 per Chinese character, escapes, numbers and null', () => {
    expect(cellJsonBytes('抽查')).toBe(JSON.stringify('抽查').length + 4);
    expect(cellJsonBytes('a"b')).toBe(6);
    expect(cellJsonBytes(45474)).toBe(5);
    expect(cellJsonBytes(null)).toBe(4);
    const row = ['对象编号', 12, true, null, 'x\\y'];
    expect(rowJsonBytes(row)).toBe(Buffer.byteLength(JSON.stringify(row), 'utf8'));
  });

  test('both payload error codes and the message are recognised', () => {
    expect(isPayloadLimitError({ code: 'RequestPayloadSizeLimitExceeded' })).toBe(true);
    expect(isPayloadLimitError({ code: 'ResponsePayloadSizeLimitExceeded' })).toBe(true);
    expect(isPayloadLimitError(new Error('The request payload size has exceeded the limit.'))).toBe(true);
    expect(isPayloadLimitError({ code: 'ItemNotFound' })).toBe(false);
  });
});
