import { describe, expect, it } from 'vitest';
import { bundledEngineRuns, spread } from './bundled';
import { engineRate, parsed } from './measure';
import { singleService } from './singleService';

describe('the bundled engine bench', () => {
  it('runs the same engine as the module-by-module one: the same events for the same diagram', () => {
    const [bundled] = bundledEngineRuns(5);
    const modules = engineRate(parsed(singleService(5)));
    expect(bundled.status).toBe('finished');
    expect(bundled.events).toBeGreaterThan(15_000);
    expect(bundled.events).toBe(modules.events);
    expect(bundled.eventsPerS).toBeGreaterThan(0);
    expect(bundled.heapOpsPerS).toBeUndefined();
    expect(bundled.floorEventsPerS).toBeUndefined();
  }, 60_000);

  it('times a bare heap in each process and the floor after it when asked, one result per process', () => {
    const runs = bundledEngineRuns(2, 2, 15, true);
    expect(runs).toHaveLength(2);
    for (const run of runs) {
      expect(run.events).toBeGreaterThan(5_000);
      expect(run.heapOpsPerS).toBeGreaterThan(0);
      expect(run.floorEventsPerS).toBeGreaterThan(0);
    }
  }, 60_000);

  it('spread gives the smallest, the middle and the largest value', () => {
    expect(spread([3, 1, 2])).toEqual({ min: 1, median: 2, max: 3 });
    expect(spread([4, 1, 3, 2])).toEqual({ min: 1, median: 2, max: 4 });
    expect(spread([5])).toEqual({ min: 5, median: 5, max: 5 });
  });
});
