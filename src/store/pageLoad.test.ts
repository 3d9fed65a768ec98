import { describe, expect, it } from 'vitest';
import {
  CALM_MS,
  createPageLoad,
  LOAD_WINDOW_MS,
  MAX_FACTOR,
  SLOWEST_UPDATE_MS,
  stretchedInterval,
} from './pageLoad';

/** A governor on a clock the test moves, and long tasks `perS` a second for `forMs`. */
function harness() {
  let t = 0;
  const load = createPageLoad(() => t);
  const run = (perS: number, forMs: number) => {
    const step = perS > 0 ? 1000 / perS : forMs;
    const end = t + forMs;
    while (t + step <= end) {
      t += step;
      if (perS > 0) load.noteLongTask(t);
    }
    t = end;
    return load.factor();
  };
  return { load, run };
}

describe('pageLoad', () => {
  it('keeps the usual rate while long tasks are rare', () => {
    const { run } = harness();
    expect(run(1, 10_000)).toBe(1);
    expect(run(0, 10_000)).toBe(1);
  });

  it('slows down one step per window while long tasks are frequent, up to MAX_FACTOR', () => {
    const { run } = harness();
    expect(run(5, LOAD_WINDOW_MS)).toBe(2);
    expect(run(5, LOAD_WINDOW_MS)).toBe(4);
    expect(run(5, 4 * LOAD_WINDOW_MS)).toBe(MAX_FACTOR);
  });

  it('stays slowed while some long tasks remain, and speeds up again once they are gone', () => {
    const { run } = harness();
    run(5, 2 * LOAD_WINDOW_MS);
    // At the slower rate fewer frames are long: no further step, and no step back either.
    expect(run(1, 10_000)).toBe(4);
    expect(run(0, CALM_MS)).toBe(2);
    expect(run(0, CALM_MS)).toBe(1);
    expect(run(0, CALM_MS)).toBe(1);
  });

  it('stretches an interval by the factor, never past SLOWEST_UPDATE_MS, never shortening one', () => {
    const { load, run } = harness();
    expect(stretchedInterval(200, load)).toBe(200);
    run(5, 2 * LOAD_WINDOW_MS);
    expect(load.factor()).toBe(4);
    expect(stretchedInterval(200, load)).toBe(800);
    expect(stretchedInterval(400, load)).toBe(SLOWEST_UPDATE_MS);
    expect(stretchedInterval(2000, load)).toBe(2000);
  });
});
