import { describe, expect, it } from 'vitest';
import { hashString, nextUint32, nextUnit, seedStream } from './random';

function sequence(seed: number, owner: string, purpose: number, index: number, n = 5): number[] {
  const s = new Uint32Array((index + 1) * 4);
  seedStream(s, index, seed, hashString(owner), purpose);
  return Array.from({ length: n }, () => nextUint32(s, index));
}

describe('seeded streams', () => {
  it('depend only on (seed, owner, purpose), not on where the stream is stored', () => {
    expect(sequence(1, 'payments', 3, 0)).toEqual(sequence(1, 'payments', 3, 7));
  });
  it('differ between owners, purposes and seeds', () => {
    const base = sequence(1, 'payments', 3, 0);
    expect(sequence(1, 'orders', 3, 0)).not.toEqual(base);
    expect(sequence(1, 'payments', 4, 0)).not.toEqual(base);
    expect(sequence(2, 'payments', 3, 0)).not.toEqual(base);
  });
  it('drawing from one stream leaves its neighbours untouched', () => {
    const s = new Uint32Array(8);
    seedStream(s, 0, 5, hashString('a'), 1);
    seedStream(s, 1, 5, hashString('b'), 1);
    const before = s.slice(4, 8);
    for (let i = 0; i < 100; i++) nextUint32(s, 0);
    expect(s.slice(4, 8)).toEqual(before);
  });
  it('gives uniform draws strictly inside (0, 1) with the right mean', () => {
    const s = new Uint32Array(4);
    seedStream(s, 0, 42, 0, 1);
    let sum = 0;
    for (let i = 0; i < 100_000; i++) {
      const u = nextUnit(s, 0);
      expect(u > 0 && u < 1).toBe(true);
      sum += u;
    }
    expect(sum / 100_000).toBeCloseTo(0.5, 2);
  });
});
