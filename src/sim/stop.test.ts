import { describe, expect, it } from 'vitest';
import { clientService } from '../testing/testDocs';
import { createSimulation, simulate } from './index';

/** Requests pile up behind one slow worker until the in-flight guard rail stops the run in a handler. */
const pilingUp = clientService(
  { rate: 10_000 },
  { workers: 1, backlogLimit: 'unlimited', serviceTime: { distribution: 'constant', meanMs: 100 } },
  { timeoutMs: 0 },
  { durationS: 60 },
);
const limits = { inFlight: 5000 };

describe('a guard rail stop', () => {
  it('ends the loop at the event that reached it, and later steps run nothing', () => {
    const sim = createSimulation(pilingUp, { limits });
    const status = sim.runToEnd();
    expect(status).toEqual({ state: 'stopped', reason: 'stopped: requests in flight limit (5000)' });
    const { events, eventLogHash } = sim.report();
    const now = sim.now();
    expect(sim.runUntil(now + 5000)).toEqual(status);
    expect(sim.now()).toBe(now);
    expect(sim.report().events).toBe(events);
    expect(sim.report().eventLogHash).toBe(eventLogHash);
  });

  it('is undone by restoring a checkpoint taken before it: the run goes on to the same stop', () => {
    const sim = createSimulation(pilingUp, { limits });
    sim.runUntil(100);
    const before = sim.checkpoint();
    expect(sim.runToEnd().state).toBe('stopped');
    sim.restore(before);
    expect(sim.status()).toEqual({ state: 'running' });
    expect(sim.runUntil(150).state).toBe('running');
    expect(sim.runToEnd().state).toBe('stopped');
    expect(sim.report()).toEqual(simulate(pilingUp, { limits }));
  });
});
