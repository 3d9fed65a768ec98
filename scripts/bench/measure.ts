import { type FaultlineDocument, parseDocument, type StoredDocument } from '../../src/model';
import { createSimulation } from '../../src/sim';

/** The document with its defaults filled in; the benchmark's inputs are always valid. */
export function parsed(doc: StoredDocument): FaultlineDocument {
  const result = parseDocument(doc);
  if (!result.ok) throw new Error(`benchmark document is invalid: ${JSON.stringify(result.errors)}`);
  return result.doc;
}

/** Calls the collector when node runs with --expose-gc (`tsx --expose-gc` passes it on). */
export function collectGarbage(): boolean {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc) gc();
  return gc !== undefined;
}

export interface EngineRate {
  events: number;
  seconds: number;
  eventsPerS: number;
  status: string;
}

/**
 * Runs a document to its end and times the engine alone (building and the report excluded).
 * The previous run's garbage is collected after this run is built, not before: a full
 * collection while no run is alive also frees the object shapes (V8's maps) that the
 * engine's compiled code was specialised for, and the next run then recompiles its hot path
 * while it is timed (10–20 % slower; docs/performance.md, "On a quiet host: the 6 M events/s
 * reached"). The browser's worker does not get there: it lets go of its last run only as it
 * builds the next (src/worker/runSession.ts `load`), and no full collection falls in between.
 */
export function engineRate(doc: FaultlineDocument): EngineRate {
  const sim = createSimulation(doc, { trackTransfers: false, limits: { eventsPerRun: 1e9 } });
  collectGarbage();
  const start = performance.now();
  const status = sim.runToEnd();
  const seconds = (performance.now() - start) / 1000;
  const report = sim.report();
  return {
    events: report.events,
    seconds,
    eventsPerS: report.events / seconds,
    status: status.reason ? `${status.state}: ${status.reason}` : status.state,
  };
}

/** How many events the engine's heap holds while a run advances: mean and peak over ~100 samples. */
export interface ResidentEvents {
  mean: number;
  max: number;
}

/**
 * Samples the size of the engine's event heap at ~100 evenly spaced instants of a run (from
 * its checkpoint, which holds the heap as plain data). The bare-heap comparison needs it: a
 * heap's cost per operation grows with the log of its size, and the engine keeps far fewer
 * events in it than one per request in flight (timeouts and delays live in delay lines).
 */
export function residentEvents(doc: FaultlineDocument, durationS: number): ResidentEvents {
  const sim = createSimulation(doc, { durationS, trackTransfers: false, limits: { eventsPerRun: 1e10 } });
  let sum = 0;
  let max = 0;
  let samples = 0;
  for (let i = 1; i <= 100; i++) {
    sim.runUntil((durationS * 1000 * i) / 100);
    const state = sim.checkpoint().state as { queue?: { size?: unknown } };
    const size = state.queue?.size;
    if (typeof size !== 'number') throw new Error('the engine checkpoint no longer holds queue.size');
    sum += size;
    max = Math.max(max, size);
    samples++;
  }
  return { mean: sum / samples, max };
}

export interface MemoryProfile {
  /** Live heap (MB) before the run is created. */
  beforeMB: number;
  /** Live heap after the first simulated step, at its peak over the run, and after the last step. */
  firstMB: number;
  peakMB: number;
  lastMB: number;
  /** The process's resident set size (everything the OS gave node: heap, code, buffers) at its peak. */
  peakRssMB: number;
  samples: number;
  events: number;
}

/**
 * Live V8 heap while a run advances in about 60 equal steps of simulated time, sampled
 * after each step. With --expose-gc each sample follows a full collection, so it counts live
 * data only, not garbage waiting to be collected. Memory that does not grow with simulated
 * time shows as last ≈ first, and the same peak for a 60 s and a 600 s run.
 */
export function memoryProfile(doc: FaultlineDocument, durationS: number): MemoryProfile {
  const withGc = collectGarbage();
  const mb = (bytes: number) => bytes / 2 ** 20;
  const before = process.memoryUsage().heapUsed;
  const sim = createSimulation(doc, { durationS, trackTransfers: false, limits: { eventsPerRun: 1e10 } });
  const stepS = Math.max(1, Math.floor(durationS / 60));
  let first = 0;
  let peak = 0;
  let last = 0;
  let peakRss = 0;
  let samples = 0;
  for (let t = stepS; t <= durationS; t += stepS) {
    sim.runUntil(t * 1000);
    if (withGc) collectGarbage();
    const usage = process.memoryUsage();
    last = usage.heapUsed;
    peakRss = Math.max(peakRss, usage.rss);
    if (samples === 0) first = last;
    peak = Math.max(peak, last);
    samples++;
  }
  sim.runToEnd();
  const events = sim.report().events;
  return {
    beforeMB: mb(before),
    firstMB: mb(first),
    peakMB: mb(peak),
    lastMB: mb(last),
    peakRssMB: mb(peakRss),
    samples,
    events,
  };
}
