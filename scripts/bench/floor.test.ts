import { describe, expect, it } from 'vitest';
import { runFloor } from './floor';
import { engineRate, parsed } from './measure';
import { singleService } from './singleService';

describe('the floor of the engine bench', () => {
  it('simulates the same case: about as many events as the engine for the same time', () => {
    // Not the same count: the floor has its own random streams and drops the engine's
    // second ticks; four events per request either way.
    const floor = runFloor(30);
    const engine = engineRate(parsed(singleService(30))).events;
    expect(floor).toBeGreaterThan(115_000);
    expect(Math.abs(floor - engine) / engine).toBeLessThan(0.02);
  });

  it('is deterministic', () => {
    expect(runFloor(5)).toBe(runFloor(5));
  });
});
