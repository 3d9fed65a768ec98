import { describe, expect, it } from 'vitest';
import type { SimCheckpoint } from '../sim/api';
import { checkpointBytes } from './checkpointSize';
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

  it('widens its spacing up front to what a whole run ends with, keeping the same times', () => {
    for (const endMs of [5_000, 96_000, 97_000, 300_000, 3_600_000]) {
      const everySecond = new RunCheckpoints(1000, 96);
      for (let t = 0; t <= endMs; t = everySecond.nextDueAfter(t))
        if (everySecond.isDue(t) || t === 0) everySecond.add(t, cp(t));
      const upFront = new RunCheckpoints(1000, 96);
      upFront.add(0, cp(0));
      upFront.coarsenFor(endMs);
      for (let t = 0; t <= endMs; t = upFront.nextDueAfter(t)) if (upFront.isDue(t)) upFront.add(t, cp(t));
      expect(upFront.spacingMs).toBe(everySecond.spacingMs);
      expect(upFront.count).toBe(everySecond.count);
      expect(upFront.lastMs).toBe(everySecond.lastMs);
    }
  });

  it('forgets the future after a change', () => {
    const c = new RunCheckpoints(1000, 100);
    for (let t = 0; t <= 5000; t += 1000) c.add(t, cp(t));
    c.dropAfter(2500);
    expect(c.lastMs).toBe(2000);
  });
});

describe('RunCheckpoints memory', () => {
  /** A checkpoint holding `mb` megabytes of typed arrays, and a long shared series. */
  const heavy = (t: number, mb: number) =>
    ({
      __checkpoint: true,
      state: { t, nodes: Array.from({ length: 100 }, () => ({ counts: new Uint32Array((mb * 1e6) / 400) })) },
      series: Array.from({ length: 10_000 }, () => ({ big: 'shared rows are counted by their slots only' })),
    }) as unknown as SimCheckpoint;

  it('estimates what a checkpoint holds: its typed arrays, not the rows it shares', () => {
    const bytes = checkpointBytes(heavy(0, 2) as unknown as Record<string, unknown>);
    expect(bytes).toBeGreaterThan(2e6);
    expect(bytes).toBeLessThan(2.5e6);
  });

  it('doubles its spacing when the checkpoints together outgrow their byte budget', () => {
    const c = new RunCheckpoints(1000, 96, 10e6);
    for (let t = 0; t <= 100_000; t = c.nextDueAfter(t)) if (c.isDue(t) || t === 0) c.add(t, heavy(t, 1));
    expect(c.bytes).toBeLessThanOrEqual(10e6 + 2e6);
    expect(c.count).toBeLessThan(12);
    expect(c.spacingMs).toBeGreaterThan(1000);
    expect(c.atOrBefore(0)?.tMs).toBe(0);
  });
});
