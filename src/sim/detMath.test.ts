import { describe, expect, it } from 'vitest';
import { detExp, detLog, detLogOfDraw } from './detMath';
import { nextUint32, nextUnit, seedStream } from './random';

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

describe('detLogOfDraw', () => {
  /** The n whose detLogOfDraw(n) differs from detLog of the draw nextUnit makes from n (Object.is also tells -0 from 0). */
  function differing(ns: Iterable<number>): number[] {
    const out: number[] = [];
    for (const n of ns) if (!Object.is(detLogOfDraw(n), detLog((n + 0.5) / 4294967296))) out.push(n);
    return out;
  }
  /** Up to 2 × `radius` values of n around `centre`, within the 32-bit range. */
  function around(centre: number, radius: number): number[] {
    const ns: number[] = [];
    for (let n = Math.max(0, centre - radius); n < Math.min(2 ** 32, centre + radius); n++) ns.push(n);
    return ns;
  }
  it("gives detLog's bits for every small n and for both ends of the range", () => {
    expect(differing(around(0, 1 << 17))).toEqual([]);
    expect(differing(around(2 ** 32, 1 << 17))).toEqual([]);
  });
  it("gives detLog's bits where the exponent or the halving into [sqrt(2)/2, 1) changes", () => {
    // Per exponent e: n near 2^e (e changes) and near the draws whose fraction reaches
    // 0x6a09c / 2^20 (about sqrt(2) - 1), from which the reduction halves them.
    const ns: number[] = [];
    for (let e = 0; e < 32; e++) {
      ns.push(...around(2 ** e, 300), ...around(Math.floor((1 + 0x6a09c / 2 ** 20) * 2 ** e), 300));
    }
    expect(differing(ns)).toEqual([]);
  });
  it("gives detLog's bits for a million random 32-bit values", () => {
    const s = new Uint32Array(4);
    seedStream(s, 0, 13, 1, 1);
    expect(differing(Array.from({ length: 1_000_000 }, () => nextUint32(s, 0)))).toEqual([]);
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
