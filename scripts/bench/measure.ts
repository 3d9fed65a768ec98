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

/** Runs a document to its end and times the engine alone (building and the report excluded). */
export function engineRate(doc: FaultlineDocument): EngineRate {
  collectGarbage();
  const sim = createSimulation(doc, { limits: { eventsPerRun: 1e9 } });
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

export interface MemoryProfile {
  baselineMB: number;
  peakMB: number;
  /** Peak minus baseline: what the run itself holds. */
  runMB: number;
  events: number;
}

/**
 * Peak V8 heap while a run advances one simulated second at a time, sampled after each
 * second. With --expose-gc each sample follows a full collection, so it counts live data
 * only, not garbage waiting to be collected.
 */
export function memoryProfile(doc: FaultlineDocument, durationS: number): MemoryProfile {
  const withGc = collectGarbage();
  const baseline = process.memoryUsage().heapUsed;
  const sim = createSimulation(doc, { durationS, limits: { eventsPerRun: 1e10 } });
  let peak = baseline;
  const stepS = Math.max(1, Math.floor(durationS / 60));
  for (let t = stepS; t <= durationS; t += stepS) {
    sim.runUntil(t * 1000);
    if (withGc) collectGarbage();
    peak = Math.max(peak, process.memoryUsage().heapUsed);
  }
  sim.runToEnd();
  const events = sim.report().events;
  const mb = (bytes: number) => bytes / 2 ** 20;
  return { baselineMB: mb(baseline), peakMB: mb(peak), runMB: mb(peak - baseline), events };
}
