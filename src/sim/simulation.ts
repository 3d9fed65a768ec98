/**
 * createSimulation / simulate: the engine behind the api.ts contract.
 */
import { type Fault, type FaultlineDocument, faultSchema } from '../model';
import { liveFaultId } from '../model/ids';
import type { RunLogEntry, RunStatus, SimCheckpoint, SimLimits, SimOptions, Simulation } from './api';
import { lineFromSnapshot, lineSnapshot } from './delayLines';
import { ENGINE_HANDLERS, runUntil, startRun } from './engine';
import { queueFromSnapshot, queueSnapshot } from './eventQueue';
import { scheduleFault } from './faults';
import { buildFrame } from './frame';
import { copyPools } from './poolsCopy';
import type { Report, SeriesRow } from './report';
import { buildReport } from './reportBuilder';
import { createScratch, createSimState, type EngineContext, type SimState } from './runState';
import { cellsPerRow, currentSeries, maxRows } from './seriesBudget';
import { compileTopology } from './topology';

/**
 * Guard-rail defaults: a runaway run (a cycle, a burst that never drains) must end with a
 * readable reason instead of freezing the page or exhausting memory. A run that reaches one ends with status
 * "stopped: <which limit>" and keeps its partial metrics; the hop limit instead fails the
 * one request (cause "limit") and the run goes on.
 */
export const DEFAULT_LIMITS: Readonly<SimLimits> = Object.freeze({
  /** ~5–10 s of engine time: enough for 10⁶-request validation runs. */
  eventsPerRun: 20_000_000,
  /** Far above any real instant (a burst of 10,000 makes ~40,000); zero-time loops end here. */
  eventsPerInstant: 100_000,
  /** Live requests + messages + jobs: bounds memory when work piles up faster than it drains. */
  inFlight: 200_000,
  /** Calls down one chain: RPC cycles fail here with cause "limit". */
  hopsPerRequest: 32,
  /** Scheduled events (retries, computes, line heads): bounds the event list at huge rates. */
  pendingEvents: 2_000_000,
  /**
   * ~8 MB of report JSON, ~15 MB of rows in memory, and a resend after thinning the page
   * reads in well under 200 ms: three hours of a 10-node diagram at one row per second, half
   * an hour of a 60-node one; a day of the largest diagram in buckets of ~9 minutes.
   */
  seriesCells: 100_000,
});

function status(s: SimState): RunStatus {
  return s.state === 'stopped' ? { state: 'stopped', reason: s.reason } : { state: s.state };
}

/** A fresh run's context: the compiled diagram, its state at time 0 and its first events. */
function startedContext(doc: FaultlineDocument, options: SimOptions): EngineContext {
  const seed = options.seed ?? doc.scenario.seed;
  const durationS = options.durationS ?? doc.scenario.durationS;
  const topo = compileTopology(doc);
  const limits: SimLimits = { ...DEFAULT_LIMITS, ...options.limits };
  const faults: Fault[] = doc.scenario.faults.map((f) => ({ ...f }));
  const traffic = doc.scenario.traffic.map((t) => ({ ...t }));
  const ctx: EngineContext = {
    topo,
    s: createSimState(topo, seed >>> 0, durationS * 1000, faults, traffic),
    limits,
    trackTransfers: options.trackTransfers ?? true,
    seriesRows: maxRows(limits.seriesCells, cellsPerRow(topo)),
    scratch: createScratch(),
    handlers: ENGINE_HANDLERS,
  };
  startRun(ctx);
  return ctx;
}

/**
 * A fresh run's context, built twice: the first copy is thrown away. A run's objects (its
 * state, topology and context, the records of an edge or node that is the only one of its
 * kind) are object literals that each run builds once. V8 builds a literal from a template
 * from the second time its code runs, and making that template rewrites the fields it had
 * seen written only once; the code compiled while the first run ran relied on those fields
 * and is thrown away. Built once, the second run of a page or of a sweep's worker recompiled
 * the whole hot path (about 35 functions) and spent a quarter more instructions per event
 * than the runs after it (docs/performance.md, "The second run"). Built twice, the rewrite
 * happens before anything is compiled. The copy costs far less than the run: 0.2 ms for a
 * lesson's diagram, 8 ms for 400 services (a module-level "done once" flag would save it,
 * but src/sim keeps no state outside a simulation).
 */
function contextOfRun(doc: FaultlineDocument, options: SimOptions): EngineContext {
  startedContext(doc, options);
  return startedContext(doc, options);
}

/** A run of `doc`, ready to step with runUntil; nothing is simulated until asked. */
export function createSimulation(doc: FaultlineDocument, options: SimOptions = {}): Simulation {
  const ctx = contextOfRun(doc, options);
  return {
    doc,
    now: () => ctx.s.now,
    endMs: () => ctx.s.endMs,
    runUntil(tMs: number) {
      runUntil(ctx, tMs);
      return status(ctx.s);
    },
    runToEnd() {
      runUntil(ctx, ctx.s.endMs);
      return status(ctx.s);
    },
    status: () => status(ctx.s),
    checkpoint(): SimCheckpoint {
      // Series rows and log entries never change once written: the checkpoint shares them
      // (a shallow copy of each list) instead of deep-copying a list that grows all run. The
      // event heap and the delay lines keep their entries only, not their spare capacity; the
      // pools are flat records, copied one by one far faster than structuredClone copies them.
      const { series, log, queue, lines, pools, ...rest } = ctx.s;
      return {
        __checkpoint: true,
        state: {
          ...structuredClone(rest),
          pools: copyPools(pools),
          queue: queueSnapshot(queue),
          lines: lines.map(lineSnapshot),
        },
        series: series.slice(),
        log: log.slice(),
      } as SimCheckpoint;
    },
    restore(checkpoint: SimCheckpoint) {
      const { queue, lines, pools, ...rest } = checkpoint.state as Omit<SimState, 'series' | 'log'>;
      ctx.s = {
        ...(structuredClone(rest) as Omit<SimState, 'series' | 'log' | 'queue' | 'lines' | 'pools'>),
        pools: copyPools(pools),
        queue: queueFromSnapshot(queue),
        lines: lines.map(lineFromSnapshot),
        series: (checkpoint.series as SimState['series']).slice(),
        log: (checkpoint.log as SimState['log']).slice(),
      };
    },
    injectFault(fault) {
      const s = ctx.s;
      // One id namespace with the document's parts, named like the page names live faults.
      const taken = new Set<string>([
        ...doc.nodes.map((n) => n.id),
        ...doc.edges.map((e) => e.id),
        ...s.faults.map((f) => f.id),
      ]);
      const id = fault.id && !taken.has(fault.id) ? fault.id : liveFaultId(taken, fault.kind, fault.target);
      // Validated like any document fault. It starts at the next whole millisecond: no event
      // after now has run yet, so the written timeline replays this run exactly.
      const written = faultSchema.parse({ ...fault, id, startS: (Math.floor(s.now) + 1) / 1000 });
      s.faults.push(written);
      scheduleFault(ctx, s.faults.length - 1);
      return { ...written };
    },
    faults: () => ctx.s.faults.map((f) => ({ ...f })),
    frame: (maxTransfers?: number, sinceMs?: number) => buildFrame(ctx, maxTransfers, sinceMs),
    log(from = 0): RunLogEntry[] {
      return ctx.s.log.slice(from);
    },
    series: (from = 0): SeriesRow[] => currentSeries(ctx.s, from),
    seriesRevision: () => ctx.s.seriesRevision,
    report: (): Report => buildReport(ctx),
  };
}

/** Runs `doc` to its end (or to a guard rail) and returns the report: what the CLI prints. */
export function simulate(doc: FaultlineDocument, options: SimOptions = {}): Report {
  const sim = createSimulation(doc, { trackTransfers: false, ...options });
  sim.runToEnd();
  return sim.report();
}
