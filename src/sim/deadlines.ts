/**
 * Deadline propagation, a service option: the service knows when each caller stops waiting
 * (the caller's attempt started plus its timeout: the call's deadline) and
 *
 * - cuts the timeout of each of its downstream calls (every attempt) to what remains of its
 *   own caller's deadline, and does not make the call (nor a retry) when nothing remains —
 *   the call ends at once as timed out;
 * - stops work computing for a caller the moment that caller times out (as a server's
 *   handler sees its request's context cancelled), and drops work still waiting for a
 *   worker when its caller has given up, instead of starting it. Work waiting on its own
 *   downstream calls ends when their cut timeouts do.
 *
 * So no downstream work is started for a caller that has given up. Without the option a
 * service works on regardless, and what it finishes for nobody shows as `abandoned` in the
 * report. Work from a queue delivery or a poll has no deadline; neither does a call over an
 * edge without a timeout, unless its caller's own deadline cuts it.
 */
import { C_TIMEOUT } from './causes';
import type { EngineContext } from './runState';
import { attemptStale } from './staleness';
import { fillFailure, JOB_COMPUTING, JOB_FOR_CALL, PARENT_JOB } from './state';

/**
 * When whoever asked for job `j` stops waiting: its call attempt's deadline, −∞ once that
 * attempt is over (the caller gave up), +∞ for work with no deadline.
 */
export function jobDeadline(ctx: EngineContext, j: number): number {
  const job = ctx.s.pools.jobs[j];
  if (job.parentKind !== JOB_FOR_CALL) return Number.POSITIVE_INFINITY;
  const call = ctx.s.pools.calls[job.parent];
  return attemptStale(call, job.parentGen) ? Number.NEGATIVE_INFINITY : call.deadline;
}

/**
 * How long the next attempt of call `c` may wait for its answer: the edge's timeout (+∞ for
 * none), cut to what remains of the calling job's deadline when its service propagates
 * deadlines. Zero or less: no time remains, and the attempt is not made.
 */
export function attemptLimitMs(ctx: EngineContext, c: number): number {
  const s = ctx.s;
  const call = s.pools.calls[c];
  const spec = ctx.topo.edges[call.edge];
  const limit = spec.timeoutMs > 0 ? spec.timeoutMs : Number.POSITIVE_INFINITY;
  if (call.parentKind !== PARENT_JOB || !ctx.topo.nodes[spec.source].propagateDeadline) return limit;
  const job = s.pools.jobs[call.parent];
  // A job that is gone (a crash took it) has nobody left to answer.
  if (job.gen !== call.parentGen) return 0;
  return Math.min(limit, jobDeadline(ctx, call.parent) - s.now);
}

/** Whether queued job `j` should be dropped rather than started: its service propagates deadlines and its caller gave up. */
export function deadlinePassed(ctx: EngineContext, j: number): boolean {
  const job = ctx.s.pools.jobs[j];
  return ctx.topo.nodes[job.node].propagateDeadline && jobDeadline(ctx, j) <= ctx.s.now;
}

/**
 * Marks job `j` as failed for its passed deadline (the caller then finishes it). It has no
 * root: the node did nothing wrong by stopping, and whatever made the answer late was
 * blamed by the caller's own timeout. Nobody hears of this failure: the caller's timeout,
 * due at the deadline and scheduled before anything else due then, has always run first.
 */
export function failForDeadline(ctx: EngineContext, j: number): void {
  const job = ctx.s.pools.jobs[j];
  job.failed = true;
  fillFailure(job.fail, C_TIMEOUT, -1, -1, -1);
}

/**
 * The job that served a timed-out attempt, if it still computes at a service that propagates
 * deadlines: its caller has given up, so it is stopped (returned, -1 otherwise). Read before
 * the attempt ends, stopped after (services.ts), so no answer is sent to the gone caller.
 */
export function computingForGoneCaller(ctx: EngineContext, j: number, jobGen: number): number {
  if (j < 0) return -1;
  const job = ctx.s.pools.jobs[j];
  if (job.gen !== jobGen || job.state !== JOB_COMPUTING) return -1;
  return ctx.topo.nodes[job.node].propagateDeadline ? j : -1;
}
