import { describe, expect, it } from 'vitest';
import type { SimCheckpoint } from '../sim/api';
import { RunCheckpoints } from './runCheckpoints';

const cp = (t: number) => ({ __checkpoint: true, t }) as unknown as SimCheckpoint;

describe('RunCheckpoints', () => {
  it('finds the latest checkpoint at or before a time', () => {
    const c = new RunCheckpoints(1000, 100);
    for (let t = 0; t <= 5000; t += 1000) c.add(t, cp(t));
    expect(c.atOrBefore(3500)?.tMs).toBe(3000);
    expect(c.atOrBefore(3000)?.tMs).toBe(3000);
    expect(c.atOrBefore(-1)).toBeUndefined();
    expect(c.nextDueAfter(3000)).toBe(4000);
    expect(c.isDue(6000)).toBe(true);
    expect(c.isDue(5000)).toBe(false);
  });

  it('doubles its spacing instead of growing without bound', () => {
    const c = new RunCheckpoints(1000, 10);
    for (let t = 0; c.count <= 10 && t <= 100_000; t = c.nextDueAfter(t))
      if (c.isDue(t) || t === 0) c.add(t, cp(t));
    expect(c.count).toBeLessThanOrEqual(10);
    expect(c.spacingMs).toBeGreaterThan(1000);
    expect(c.atOrBefore(100_000)!.tMs % c.spacingMs).toBe(0);
  });

  it('forgets the future after a change', () => {
    const c = new RunCheckpoints(1000, 100);
    for (let t = 0; t <= 5000; t += 1000) c.add(t, cp(t));
    c.dropAfter(2500);
    expect(c.lastMs).toBe(2000);
  });
});
