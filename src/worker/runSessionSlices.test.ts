import { describe, expect, it } from 'vitest';
import { createSimulation } from '../sim';
import type { FromWorker } from '../sim/protocol';
import { exampleDocument } from '../store/documentStore';
import { RunSession } from './runSession';

/**
 * A diagram so heavy that each simulated ms costs `wallPerSimMs` of wall time: the session
 * must shrink its slices so no single engine call runs long (the page's frames and the
 * watchdog depend on the worker answering often), and grow them again when work is cheap.
 */
function heavySession(wallPerSimMs: number) {
  const clock = { now: 0 };
  const slices: number[] = [];
  const factory: typeof createSimulation = (doc, options) => {
    const sim = createSimulation(doc, options);
    const runUntil = sim.runUntil.bind(sim);
    sim.runUntil = (t: number) => {
      const from = sim.now();
      const status = runUntil(t);
      slices.push(sim.now() - from);
      clock.now += (sim.now() - from) * wallPerSimMs;
      return status;
    };
    return sim;
  };
  const out: FromWorker[] = [];
  const session = new RunSession(factory, (m) => out.push(m), { clock: () => clock.now });
  return { session, slices, clock };
}

describe('RunSession slices', () => {
  it('shrinks the simulated span of a slice when the diagram is heavy', () => {
    const { session, slices, clock } = heavySession(50);
    session.receive({ type: 'load', doc: exampleDocument() });
    session.receive({ type: 'play' });
    for (let i = 0; i < 40; i++) {
      clock.now += 16;
      session.tick();
    }
    // Every slice after the first few costs at most about the wall budget (20 ms → 0.4 simulated ms).
    const late = slices.slice(10);
    expect(late.length).toBeGreaterThan(0);
    expect(Math.max(...late) * 50).toBeLessThanOrEqual(40);
  });

  it('grows slices back to the maximum when work is cheap', () => {
    const { session, slices, clock } = heavySession(0);
    session.receive({ type: 'load', doc: exampleDocument() });
    session.receive({ type: 'speed', speed: 'end' });
    session.receive({ type: 'play' });
    clock.now += 16;
    session.tick();
    expect(Math.max(...slices)).toBe(100);
  });
});
