import { describe, expect, it } from 'vitest';
import { cheCharacteristicTime, cheHitRatio } from './che';

describe("Che's approximation", () => {
  it('gives C ÷ N for equally popular keys (an LRU then holds a random C of the N)', () => {
    const p = new Float64Array(1000).fill(1 / 1000);
    expect(cheHitRatio(p, 250)).toBeCloseTo(0.25, 9);
  });

  it('solves Σ (1 − e^(−p T)) = C for T', () => {
    const p = [0.5, 0.3, 0.2];
    const t = cheCharacteristicTime(p, 2);
    const filled = p.reduce((s, q) => s + 1 - Math.exp(-q * t), 0);
    expect(filled).toBeCloseTo(2, 9);
  });

  it('is 1 when every key fits', () => {
    expect(cheHitRatio([0.6, 0.4], 2)).toBe(1);
  });
});
