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
  /** The wall time at which each message in `out` was posted. */
  const postedAt: number[] = [];
  const session = new RunSession(
    factory,
    (m) => {
      out.push(m);
      postedAt.push(clock.now);
    },
    { clock: () => clock.now },
  );
  return { session, slices, clock, out, postedAt };
}

/** Wall ms between consecutive messages of `type` posted while the run was playing. */
function gapsWhilePlaying(out: FromWorker[], postedAt: number[], type: 'frame' | 'metrics'): number[] {
  const times = out.flatMap((m, i) => (m.type === type && m.progress.playing ? [postedAt[i]] : []));
  return times.slice(1).map((t, i) => t - times[i]);
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

  it('sends frames and metrics less often while running to the end than while playing', () => {
    // Each simulated second costs 10 ms of wall time: the 60 s example takes 0.6 s to the end.
    const ending = heavySession(0.01);
    ending.session.receive({ type: 'load', doc: exampleDocument() });
    ending.session.receive({ type: 'speed', speed: 'end' });
    ending.session.receive({ type: 'play' });
    for (let i = 0; i < 1000 && ending.session.isPlaying; i++) ending.session.tick();
    expect(ending.session.isPlaying).toBe(false);
    const endFrames = gapsWhilePlaying(ending.out, ending.postedAt, 'frame');
    const endMetrics = gapsWhilePlaying(ending.out, ending.postedAt, 'metrics');
    expect(endFrames.length).toBeGreaterThan(2);
    expect(Math.min(...endFrames)).toBeGreaterThanOrEqual(100);
    expect(Math.min(...endMetrics)).toBeGreaterThanOrEqual(400);

    const playing = heavySession(0.01);
    playing.session.receive({ type: 'load', doc: exampleDocument() });
    playing.session.receive({ type: 'speed', speed: 10 });
    playing.session.receive({ type: 'play' });
    for (let i = 0; i < 60; i++) {
      playing.clock.now += 16;
      playing.session.tick();
    }
    const playFrames = gapsWhilePlaying(playing.out, playing.postedAt, 'frame');
    expect(Math.min(...playFrames)).toBeGreaterThanOrEqual(33);
    expect(Math.max(...playFrames)).toBeLessThan(100);
    expect(Math.min(...gapsWhilePlaying(playing.out, playing.postedAt, 'metrics'))).toBeLessThan(400);
  });
});
