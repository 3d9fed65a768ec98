import { describe, expect, it } from 'vitest';
import { clientService } from '../testing/testDocs';
import { createSimulation } from './index';

const constant = { distribution: 'constant', meanMs: 10 };

/** The live factor of service `s` after running to `atMs`. */
function slowdownAt(loadFactor: Record<string, unknown>, atMs: number): number | undefined {
  const sim = createSimulation(
    clientService(
      { rate: 300, arrival: 'constant' },
      { workers: 2, backlogLimit: 'unlimited', serviceTime: constant, loadFactor },
      { timeoutMs: 3_600_000 },
      { durationS: 10 },
    ),
  );
  sim.runUntil(atMs);
  return sim.frame().nodes.s.slowdown;
}

describe("a node's live slowdown in the frame", () => {
  it('is the factor work starting now would get, rounded to a tenth, while it is above 1', () => {
    // Overloaded: both workers busy and a growing backlog; by the backlog, knee 0, 0.01 per request, capped at 3.
    const f = slowdownAt({ curve: 'linear', measure: 'backlog', knee: 0, slope: 0.01, max: 3 }, 5000);
    expect(f).toBeGreaterThan(1);
    expect(f).toBeLessThanOrEqual(3);
    expect(Math.round((f ?? 0) * 10) / 10).toBe(f);
  });

  it('is left out when the rule is off or the load is under the knee', () => {
    expect(slowdownAt({}, 5000)).toBeUndefined();
    expect(slowdownAt({ curve: 'exponential', knee: 3 }, 5000)).toBeUndefined();
  });
});
