/**
 * Two runs in one process never see each other: everything a run reuses lives on its own
 * engine context, none in a module. Stepping runs in turn (even from inside one another's
 * event) gives the reports they give alone.
 */
import { describe, expect, it } from 'vitest';
import { type FaultlineDocument, parseDocument } from '../model';
import { ENGINE_HANDLERS, runUntil, startRun } from '../sim/engine';
import { buildReport } from '../sim/reportBuilder';
import { createScratch, createSimState, type EngineContext, type EngineHandlers } from '../sim/runState';
import { cellsPerRow, maxRows } from '../sim/seriesBudget';
import { createSimulation, DEFAULT_LIMITS, simulate } from '../sim/simulation';
import { compileTopology } from '../sim/topology';
import { hangVsRefuse } from './hangVsRefuse';
import { poisonMessages } from './poisonMessages';
import { retryStorm } from './retryStorm';

const docs: FaultlineDocument[] = [retryStorm, poisonMessages, hangVsRefuse].map((d) => {
  const parsed = parseDocument(d);
  if (!parsed.ok) throw new Error(parsed.code);
  // Short runs keep the test quick; the scenarios' faults all start within 20 s.
  return { ...parsed.doc, scenario: { ...parsed.doc.scenario, durationS: 30 } };
});

/** A run's context built by hand, so a test can choose who hears that its calls and messages end. */
function context(doc: FaultlineDocument, handlers: EngineHandlers): EngineContext {
  const topo = compileTopology(doc);
  const ctx: EngineContext = {
    topo,
    s: createSimState(
      topo,
      doc.scenario.seed,
      doc.scenario.durationS * 1000,
      [...doc.scenario.faults],
      [...doc.scenario.traffic],
    ),
    limits: DEFAULT_LIMITS,
    trackTransfers: false,
    seriesRows: maxRows(DEFAULT_LIMITS.seriesCells, cellsPerRow(topo)),
    scratch: createScratch(),
    handlers,
  };
  startRun(ctx);
  return ctx;
}

describe('runs in one process', () => {
  it('stepped in turn give the reports they give alone', () => {
    const alone = docs.map((doc) => simulate(doc, { trackTransfers: true }));
    const sims = docs.map((doc) => createSimulation(doc));
    for (let t = 7; sims.some((sim) => sim.now() < sim.endMs()); t += 7)
      for (const sim of sims) sim.runUntil(t);
    expect(sims.map((sim) => sim.report())).toEqual(alone);
  });

  it('stepped from inside one another’s events give the reports they give alone', () => {
    const [a, b] = docs;
    const alone = [simulate(a), simulate(b)];
    let inner: EngineContext | null = null;
    let nested = 0;
    /** Runs the other simulation one more millisecond, then lets the parent hear the outcome. */
    const stepInner = () => {
      if (inner && inner.s.now < inner.s.endMs) {
        runUntil(inner, inner.s.now + 1);
        nested++;
      }
    };
    const meddling: EngineHandlers = {
      ...ENGINE_HANDLERS,
      jobCallDone(ctx, j, gen, ok, rpc, fallback, fail) {
        stepInner();
        ENGINE_HANDLERS.jobCallDone(ctx, j, gen, ok, rpc, fallback, fail);
      },
      requestReply(ctx, r, gen, ok, fail) {
        stepInner();
        ENGINE_HANDLERS.requestReply(ctx, r, gen, ok, fail);
      },
      messageSettled(ctx, r, gen, deadLettered) {
        stepInner();
        ENGINE_HANDLERS.messageSettled(ctx, r, gen, deadLettered);
      },
    };
    const outer = context(a, meddling);
    inner = context(b, ENGINE_HANDLERS);
    runUntil(outer, outer.s.endMs);
    runUntil(inner, inner.s.endMs);
    expect(nested).toBeGreaterThan(100);
    expect([buildReport(outer), buildReport(inner)]).toEqual(alone);
  });
});
