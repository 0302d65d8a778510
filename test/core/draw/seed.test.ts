// SPEC §3.1–3.2: draw ids and seeds.
import { drawId, generateSeed, isSeed, requireSeed, seedFromWitness, witnessMaterial } from '../../../src/core/draw/seed';
import { UserFacingError } from '../../../src/core/messages/problem';
import { sha256 } from './helpers';

async function rejection(promise: Promise<unknown>): Promise<UserFacingError> {
  const failure = await promise.then(() => undefined, (e: unknown) => e);
  expect(failure).toBeInstanceOf(UserFacingError);
  return failure as UserFacingError;
}

describe('SPEC §3.2 witness digits', () => {
  test('seed = H("ssj-seed/1|" + 任务编号 + "|" + batch + "|" + material)', async () => {
    const seed = await seedFromWitness('联033', 1, '12345678901234567890');
    expect(seed).toBe(sha256('ssj-seed/1|联033|1|12345678901234567890'));
    // Frozen: changing it means a new algorithm id.
    expect(seed).toBe('2fa20f6829fe72a13b22513b5fe7d423eff6fb0374282c622450ea06a5eb4f45');
  });

  test('full-width digits and all white space are normalised (NFKC, white space removed)', async () => {
    const spoken = '１２３４５ ６７８９０\u3000１２３４５\n６７８９０\t';
    expect(witnessMaterial(spoken)).toEqual({ material: '12345678901234567890', digitCount: 20 });
    expect(await seedFromWitness('联033', 1, spoken)).toBe(await seedFromWitness('联033', 1, '12345678901234567890'));
  });

  test('other characters stay in the material but do not count as digits', async () => {
    expect(witnessMaterial('甲:1234-5678 9012-3456-789０')).toEqual({ material: '甲:1234-56789012-3456-7890', digitCount: 20 });
    expect(await seedFromWitness('联033', 1, '1234-5678-9012-3456-7890')).not.toBe(
      await seedFromWitness('联033', 1, '12345678901234567890'),
    );
  });

  test('fewer than 20 decimal digits are rejected with a Chinese message', async () => {
    const failure = await rejection(seedFromWitness('联033', 1, '1234567890 123456789 abc'));
    expect(failure.problems).toHaveLength(1);
    expect(failure.problems[0].code).toBe('draw.witness-too-short');
    expect(failure.problems[0].message).toContain('至少需要 20 位数字，当前只有 19 位');
  });

  test('a retry (next batch) gets a new seed from the same digits', async () => {
    const digits = '98765432109876543210';
    expect(await seedFromWitness('联033', 2, digits)).not.toBe(await seedFromWitness('联033', 1, digits));
    expect(await seedFromWitness('联033', 2, digits)).toBe(sha256(`ssj-seed/1|联033|2|${digits}`));
  });
});

describe('SPEC §3.2 system and given seeds', () => {
  test('a system seed is 32 bytes from crypto.getRandomValues as lowercase hex', () => {
    const spy = jest.spyOn(globalThis.crypto, 'getRandomValues');
    const seed = generateSeed();
    expect(spy).toHaveBeenCalledTimes(1);
    spy.mockRestore();
    expect(isSeed(seed)).toBe(true);
    expect(generateSeed()).not.toBe(seed);
  });

  test('a seed is exactly 64 lowercase hex characters', () => {
    expect(isSeed('0'.repeat(64))).toBe(true);
    expect(isSeed('A'.repeat(64))).toBe(false);
    expect(isSeed('0'.repeat(63))).toBe(false);
    expect(isSeed(`${'0'.repeat(64)}\n`)).toBe(false);
    expect(() => requireSeed('xyz')).toThrow(UserFacingError);
    expect(() => requireSeed('xyz')).toThrow('指定种子必须是 64 位十六进制字符');
  });
});

test('SPEC §3.1 drawId = 任务编号 + "-" + batch', () => {
  expect(drawId('联033', 1)).toBe('联033-1');
  expect(drawId('交001', 12)).toBe('交001-12');
});
