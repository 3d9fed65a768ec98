import { describe, expect, it } from 'vitest';
import { detExp, detLog, detLogNormal } from './detMath';
import { nextUnit, seedStream } from './random';

const bits = new Float64Array(1);
const ints = new BigInt64Array(bits.buffer);
/** Distance in units in the last place between two doubles of the same sign. */
function ulps(a: number, b: number): number {
  if (a === b) return 0;
  bits[0] = a;
  const x = ints[0];
  bits[0] = b;
  const y = ints[0];
  return Number(x > y ? x - y : y - x);
}

function draws(n: number, seed: number): number[] {
  const s = new Uint32Array(4);
  seedStream(s, 0, seed, 1, 1);
  return Array.from({ length: n }, () => nextUnit(s, 0));
}

describe('detLog', () => {
  it('is within 1 ulp of Math.log over many magnitudes', () => {
    let worst = 0;
    for (const u of draws(200_000, 7)) {
      const x = u ** 6 * 10 ** (u * 600 - 300);
      worst = Math.max(worst, ulps(detLog(x), Math.log(x)));
    }
    for (const u of draws(100_000, 8)) worst = Math.max(worst, ulps(detLog(u), Math.log(u)));
    expect(worst).toBeLessThanOrEqual(1);
  });
  it('handles the edges', () => {
    expect(detLog(1)).toBe(0);
    expect(detLog(0)).toBe(Number.NEGATIVE_INFINITY);
    expect(detLog(-1)).toBeNaN();
    expect(detLog(Number.POSITIVE_INFINITY)).toBe(Number.POSITIVE_INFINITY);
    expect(ulps(detLog(5e-324), Math.log(5e-324))).toBeLessThanOrEqual(1);
    expect(ulps(detLog(Math.E), 1)).toBeLessThanOrEqual(1);
  });
});

describe('detLogNormal', () => {
  /** The bits of detLogNormal(x) are those of detLog(x) (Object.is also tells -0 from 0). */
  function sameAsDetLog(xs: Iterable<number>): number[] {
    const differing: number[] = [];
    for (const x of xs) if (!Object.is(detLogNormal(x), detLog(x))) differing.push(x);
    return differing;
  }
  it("gives detLog's bits for every kind of draw nextUnit makes", () => {
    expect(sameAsDetLog(draws(300_000, 11))).toEqual([]);
    // nextUnit's extremes: (n + 0.5) / 2^32 for the smallest and largest 32-bit n.
    const ends: number[] = [];
    for (let n = 0; n < 20_000; n++) ends.push((n + 0.5) / 4294967296, (4294967295 - n + 0.5) / 4294967296);
    expect(sameAsDetLog(ends)).toEqual([]);
  });
  it("gives detLog's bits where the reduction changes branch and over the normal range", () => {
    const xs = [Math.SQRT1_2, Math.SQRT2, 0.5, 1, 2, 2.2250738585072014e-308, Number.MAX_VALUE];
    // Around sqrt(2)/2, where the exponent k becomes 0 and the other formula applies.
    let below = Math.SQRT1_2;
    let above = Math.SQRT1_2;
    for (let i = 0; i < 1000; i++) {
      below -= 2 ** -53;
      above += 2 ** -53;
      xs.push(below, above);
    }
    for (const u of draws(100_000, 12)) xs.push(u ** 6 * 10 ** (u * 600 - 300));
    expect(sameAsDetLog(xs.filter((x) => x >= 2.2250738585072014e-308))).toEqual([]);
  });
});

describe('detExp', () => {
  it('is within 1 ulp of Math.exp over its range', () => {
    let worst = 0;
    for (const u of draws(200_000, 9)) {
      const x = (u * 2 - 1) * 708;
      worst = Math.max(worst, ulps(detExp(x), Math.exp(x)));
      const small = (u * 2 - 1) * 3;
      worst = Math.max(worst, ulps(detExp(small), Math.exp(small)));
    }
    expect(worst).toBeLessThanOrEqual(1);
  });
  it('handles the edges', () => {
    expect(detExp(0)).toBe(1);
    expect(detExp(800)).toBe(Number.POSITIVE_INFINITY);
    expect(detExp(-800)).toBe(0);
    expect(detExp(Number.NaN)).toBeNaN();
    expect(ulps(detExp(1), Math.E)).toBeLessThanOrEqual(1);
  });
});
