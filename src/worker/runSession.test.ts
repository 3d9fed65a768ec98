import { describe, expect, it } from 'vitest';
import { createSimulation } from '../sim';
import type { Frame } from '../sim/api';
import type { FromWorker, ToWorker } from '../sim/protocol';
import { unpackTransfers } from '../sim/transferPacking';
import { exampleDocument } from '../store/documentStore';
import { runStore } from '../store/runStore';
import { RunSession, type SimulationFactory } from './runSession';

/** A session on the real engine with a fake wall clock the test moves by hand. */
function session() {
  const clock = { now: 0 };
  const out: FromWorker[] = [];
  const s = new RunSession(createSimulation, (m) => out.push(m), { clock: () => clock.now });
  const send = (m: ToWorker) => s.receive(m);
  /** Plays for `wallMs` of fake wall time in 16 ms ticks. */
  const play = (wallMs: number) => {
    for (let waited = 0; waited < wallMs && s.isPlaying; waited += 16) {
      clock.now += 16;
      s.tick();
    }
  };
  const lastFrame = (): Frame => {
    const f = out.findLast((m) => m.type === 'frame');
    if (f?.type !== 'frame') throw new Error('no frame');
    return f.frame;
  };
  const errors = () => out.filter((m) => m.type === 'error');
  return { s, send, play, out, lastFrame, errors, clock };
}

describe('RunSession (worker core) on the real engine', () => {
  it('paces the simulated clock by wall time × speed', () => {
    const r = session();
    r.send({ type: 'load', doc: exampleDocument() });
    r.send({ type: 'speed', speed: 2 });
    r.send({ type: 'play' });
    r.play(1000);
    const t = r.lastFrame().tMs;
    // 1 s of wall time at 2× is about 2 s of simulated time (ticks are 16 ms apart).
    expect(t).toBeGreaterThan(1900);
    expect(t).toBeLessThanOrEqual(2016);
    expect(r.errors()).toEqual([]);
  });

  it('sends frames covering the interval since the previous one while playing, so short hops are drawn', () => {
    const r = session();
    r.send({ type: 'load', doc: exampleDocument() });
    r.send({ type: 'speed', speed: 5 });
    r.send({ type: 'play' });
    r.play(1000);
    const frames = r.out.flatMap((m) => (m.type === 'frame' && m.progress.playing ? [m] : []));
    expect(frames.length).toBeGreaterThan(10);
    const m = frames.at(-1)!;
    expect(m.sinceMs).toBeLessThan(m.frame.tMs);
    // 5 ms hops at 5× speed: many start and end between two frames, and are still in it.
    const transfers = unpackTransfers(m.frame.transfers);
    expect(transfers.some((t) => t.endMs < m.frame.tMs && t.endMs > m.sinceMs)).toBe(true);
    expect(transfers.every((t) => t.endMs > m.sinceMs && t.startMs <= m.frame.tMs)).toBe(true);
  });

  it('shows the same thing at t whether reached by playing or by scrubbing back', () => {
    const doc = exampleDocument();
    const played = session();
    played.send({ type: 'load', doc });
    played.send({ type: 'step', ms: 25_300 });
    const byPlaying = played.lastFrame();

    const scrubbed = session();
    scrubbed.send({ type: 'load', doc });
    scrubbed.send({ type: 'speed', speed: 50 });
    scrubbed.send({ type: 'play' });
    scrubbed.play(1000); // well past 25.3 s
    expect(scrubbed.lastFrame().tMs).toBeGreaterThan(30_000);
    scrubbed.send({ type: 'seek', tMs: 25_300 });
    const byScrubbing = scrubbed.lastFrame();

    expect(byScrubbing.tMs).toBe(25_300);
    expect(byScrubbing).toEqual(byPlaying);
  });

  it('resends the log and series from the start after a seek back, and the store shortens them', () => {
    const r = session();
    runStore.getState().reset();
    const apply = (m: FromWorker) => runStore.getState().apply(m, 0);
    const s = new RunSession(createSimulation, apply, { clock: () => 0 });
    s.receive({ type: 'load', doc: exampleDocument() });
    s.receive({ type: 'step', ms: 35_000 });
    const longLog = runStore.getState().log.length;
    const longSeries = runStore.getState().series.length;
    expect(longLog).toBeGreaterThan(0);
    s.receive({ type: 'seek', tMs: 10_000 });
    expect(runStore.getState().series.length).toBeLessThan(longSeries);
    expect(runStore.getState().log.every((e) => e.tMs <= 10_000)).toBe(true);
    s.receive({ type: 'seek', tMs: 35_000 });
    expect(runStore.getState().log.length).toBe(longLog);
    expect(runStore.getState().series.length).toBe(longSeries);
    expect(r.errors()).toEqual([]);
  });

  it('keeps the page’s series equal to the engine’s when a long run is thinned, and sends the report without it', () => {
    runStore.getState().reset();
    const limits = { seriesCells: 60 };
    const out: FromWorker[] = [];
    const s = new RunSession(
      (doc, options) => createSimulation(doc, { ...options, limits }),
      (m) => {
        out.push(m);
        runStore.getState().apply(m, 0);
      },
      { clock: () => 0 },
    );
    const doc = exampleDocument();
    s.receive({ type: 'load', doc });
    const straight = createSimulation(doc, { limits });
    for (let t = 7_000; t < 60_000; t += 7_000) {
      s.receive({ type: 'step', ms: 7_000 });
      straight.runUntil(t);
      expect(runStore.getState().series).toEqual(straight.series());
    }
    expect(straight.seriesRevision()).toBeGreaterThan(1);
    // The page thinned what it held itself: no metrics message resent the series whole.
    const resends = out.filter(
      (m) => m.type === 'metrics' && m.progress.tMs > 7_000 && m.seriesFrom === 0 && m.series.length > 1,
    );
    expect(resends).toEqual([]);
    expect(out.some((m) => m.type === 'metrics' && (m.thin ?? 0) > 0)).toBe(true);
    s.receive({ type: 'step', ms: 60_000 });
    straight.runToEnd();
    const finished = out.find((m) => m.type === 'finished');
    expect(finished?.type === 'finished' && 'series' in finished.report).toBe(false);
    expect(runStore.getState().report).toEqual(straight.report());
  });

  it('replays a live fault when scrubbing back across it, and writes it into the timeline', () => {
    const r = session();
    r.send({ type: 'load', doc: exampleDocument() });
    r.send({ type: 'step', ms: 5_000 });
    r.send({ type: 'injectFault', fault: { kind: 'crash', target: 'orders', durationS: 3, mode: 'refuse' } });
    const injected = r.out.find((m) => m.type === 'faultInjected');
    const fault = injected?.type === 'faultInjected' ? injected.fault : null;
    expect(fault).toMatchObject({ kind: 'crash', target: 'orders' });
    // The engine starts a live fault now or at the next whole millisecond.
    expect(fault?.startS).toBeCloseTo(5, 2);
    r.send({ type: 'step', ms: 1_500 });
    const first = r.lastFrame();
    expect(first.nodes.orders.health).toBe('down');
    r.send({ type: 'seek', tMs: 2_000 });
    expect(r.lastFrame().nodes.orders.health).toBe('healthy');
    r.send({ type: 'seek', tMs: 6_500 });
    expect(r.lastFrame()).toEqual(first);
  });

  it('runs to the end and reports once', () => {
    const r = session();
    r.send({ type: 'load', doc: exampleDocument() });
    r.send({ type: 'speed', speed: 'end' });
    r.send({ type: 'play' });
    r.play(10_000);
    const finished = r.out.filter((m) => m.type === 'finished');
    expect(finished).toHaveLength(1);
    expect(r.s.isPlaying).toBe(false);
    const report = finished[0].type === 'finished' ? finished[0].report : null;
    expect(report?.clients.client.failed).toBeGreaterThan(0);
    expect(report?.status).toBe('finished');
  });

  it('takes only the checkpoints it keeps when running to the end, and still scrubs back exactly', () => {
    const doc = exampleDocument();
    doc.scenario.durationS = 300;
    let taken = 0;
    const counting: SimulationFactory = (d, options) => {
      const sim = createSimulation(d, options);
      const checkpoint = sim.checkpoint.bind(sim);
      sim.checkpoint = () => {
        taken++;
        return checkpoint();
      };
      return sim;
    };
    const out: FromWorker[] = [];
    const clock = { now: 0 };
    const s = new RunSession(counting, (m) => out.push(m), { clock: () => clock.now });
    s.receive({ type: 'load', doc });
    s.receive({ type: 'speed', speed: 'end' });
    s.receive({ type: 'play' });
    for (let i = 0; i < 10_000 && s.isPlaying; i++) {
      clock.now += 16;
      s.tick();
    }
    expect(out.filter((m) => m.type === 'finished')).toHaveLength(1);
    // 300 s in at most 96 checkpoints: one every 4 s (76 with t = 0), not one a second thinned as it goes.
    expect(taken).toBeLessThanOrEqual(77);

    s.receive({ type: 'seek', tMs: 123_400 });
    const f = out.findLast((m) => m.type === 'frame');
    const stepped = session();
    stepped.send({ type: 'load', doc });
    stepped.send({ type: 'step', ms: 123_400 });
    expect(f?.type === 'frame' ? f.frame : null).toEqual(stepped.lastFrame());
  });

  it('says so instead of throwing when a command comes before a document', () => {
    const r = session();
    r.send({ type: 'play' });
    expect(r.errors()).toHaveLength(1);
  });
});
