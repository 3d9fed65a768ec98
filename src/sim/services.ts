/**
 * Work at services and databases: a request waits for a free
 * worker or is rejected when the backlog is full, computes for its service time, calls
 * every outgoing edge (in sequence or in parallel), then replies.
 */

import { beginCompute, nodeFailed, takeWorker } from './admission';
import { retireIfIdle } from './autoscale';
import { INSTANCE_DRAINING } from './autoscaleState';
import { C_DOWNSTREAM, C_INJECTED, C_POISON } from './causes';
import { addTransfer, flash, scheduleOn, touchArea } from './core';
import { deadlinePassed, failForDeadline } from './deadlines';
import { EV_POLL_DONE, EV_REPLY, T_FAILURE, T_REPLY } from './events';
import { HISTOGRAM_BUCKETS, recordValue } from './histogram';
import { freeJob } from './jobs';
import { nextUnit, PURPOSE } from './random';
import { noteFailureRoot } from './roles';
import { type EngineContext, lineBack, type NodeState, nodeStream } from './runState';
import { takeExpired, takeWaiting } from './shedding';
import { attemptStale, computeStale, deliveryStale } from './staleness';
import {
  copyFailure,
  type Failure,
  fifoSize,
  fillFailure,
  JOB_CALLING,
  JOB_FOR_CALL,
  JOB_FOR_MESSAGE,
  JOB_FOR_POLL,
  type Job,
  PARENT_JOB,
} from './state';

/** Frees the worker a job holds and gives it to the next waiting request or message. */
export function releaseWorker(ctx: EngineContext, j: number): void {
  const s = ctx.s;
  const job = s.pools.jobs[j];
  // `=== false`: one compare, where a bare truth test of a boolean field checks for every
  // falsy value (V8 does not track that the field only ever holds booleans).
  if (job.holdsWorker === false) return;
  const ns = s.nodes[job.node];
  touchArea(ns, s.now);
  freeWorker(ctx, job, ns);
}

/**
 * releaseWorker once the node's integrals are up to now: finishJob brings them up to date
 * once for both counts it changes (busy workers and work in the system), where two touches
 * at the same instant cost twice and add nothing.
 */
function freeWorker(ctx: EngineContext, job: Job, ns: NodeState): void {
  job.holdsWorker = false;
  ns.busy--;
  const instance = ctx.s.instances[job.instance];
  instance.busy--;
  // Nothing waits and no subscription feeds the node: fillWorkers would find no work, and
  // the call (which V8 does not inline here) is most of what a job's end costs.
  if (fifoSize(instance.backlog) > 0 || ctx.topo.nodes[job.node].consumes.length > 0)
    fillWorkers(ctx, job.instance);
  // A draining instance (autoscale.ts) is gone once it holds nothing.
  if (instance.phase === INSTANCE_DRAINING) retireIfIdle(ctx, job.instance);
}

/** Starts backlog work (then pulls messages) while the instance has free workers. */
export function fillWorkers(ctx: EngineContext, inst: number): void {
  const s = ctx.s;
  const instance = s.instances[inst];
  while (instance.busy < instance.workers && fifoSize(instance.backlog) > 0) {
    // Work that waited past the node's maximum wait is shed before any is started (shedding.ts).
    const expired = takeExpired(ctx, inst);
    if (expired >= 0) {
      finishJob(ctx, expired, false);
      continue;
    }
    const next = takeWaiting(ctx, inst);
    if (deadlinePassed(ctx, next)) {
      // Its caller has given up: drop it rather than work for nobody (holds no worker, so no recursion).
      failForDeadline(ctx, next);
      finishJob(ctx, next, false);
      continue;
    }
    takeWorker(ctx, next);
    beginCompute(ctx, next);
  }
  if (instance.busy < instance.workers && instance.down === 0)
    ctx.handlers.pullMessages(ctx, ctx.topo.instanceNode[inst]);
}

/** The job's compute step ended: fail by error rate, or call downstream, or finish. */
export function onComputeDone(ctx: EngineContext, j: number, gen: number): void {
  const job = ctx.s.pools.jobs[j];
  if (computeStale(job, gen)) return;
  // A poll only looks: it neither fails nor calls. finishJob has one call site here, so V8
  // inlines it at most once into this handler.
  const fails = job.parentKind !== JOB_FOR_POLL && failsInCompute(ctx, j);
  if (fails || job.parentKind === JOB_FOR_POLL || ctx.topo.nodes[job.node].out.length === 0)
    finishJob(ctx, j, !fails);
  else startCalls(ctx, j);
}

/** Whether the compute step of job `j` failed (a poison message, or the node's error rate): `job.fail` says why. */
function failsInCompute(ctx: EngineContext, j: number): boolean {
  const s = ctx.s;
  const job = s.pools.jobs[j];
  const spec = ctx.topo.nodes[job.node];
  const ns = s.nodes[job.node];
  if (job.parentKind === JOB_FOR_MESSAGE) {
    const msg = s.pools.msgs[job.parent];
    if (msg.poison && msg.dgen === job.parentGen) {
      // The payload is the trouble, not the consumer: it fails wherever it is delivered.
      job.failed = true;
      fillFailure(job.fail, C_POISON, job.node, -1, -1);
      return true;
    }
  }
  const faultRate = ns.errorRate;
  if (spec.errorRate > 0 || faultRate > 0) {
    const u = nextUnit(s.rng, nodeStream(job.node, PURPOSE.error));
    if (u < faultRate || u < faultRate + (1 - faultRate) * spec.errorRate) {
      job.failed = true;
      fillFailure(job.fail, C_INJECTED, job.node, u < faultRate ? ns.errorFault : -1, -1);
      return true;
    }
  }
  return false;
}

/** The job calls its outgoing edges: all at once (parallel) or the first of the sequence. */
function startCalls(ctx: EngineContext, j: number): void {
  const s = ctx.s;
  const job = s.pools.jobs[j];
  const spec = ctx.topo.nodes[job.node];
  const out = spec.out;
  job.state = JOB_CALLING;
  // Non-blocking: the worker is free while the calls are outstanding.
  if (!spec.blocking) releaseWorker(ctx, j);
  else s.nodes[job.node].calling++;
  if (spec.parallel) {
    job.pending = out.length;
    for (let k = 0; k < out.length; k++)
      ctx.handlers.startCall(ctx, out[k], PARENT_JOB, j, job.gen, job.req, job.reqGen, job.depth + 1);
  } else {
    job.nextCall = 0;
    ctx.handlers.startCall(ctx, out[0], PARENT_JOB, j, job.gen, job.req, job.reqGen, job.depth + 1);
  }
}

/** A downstream call of the job ended (after its retries). */
export function onJobCallDone(
  ctx: EngineContext,
  j: number,
  gen: number,
  ok: boolean,
  rpc: boolean,
  fallback: boolean,
  fail: Failure,
) {
  const s = ctx.s;
  const job = s.pools.jobs[j];
  if (job.gen !== gen || job.state !== JOB_CALLING) return;
  if (!ok && !fallback && !job.failed) {
    job.failed = true;
    copyFailure(job.fail, fail);
    // An RPC failure is the callee's (downstream); a refused publish is the caller's own.
    if (rpc) job.fail.cause = C_DOWNSTREAM;
  }
  const out = ctx.topo.nodes[job.node].out;
  if (ctx.topo.nodes[job.node].parallel) {
    if (--job.pending > 0) return;
  } else if (!job.failed && ++job.nextCall < out.length) {
    ctx.handlers.startCall(
      ctx,
      out[job.nextCall],
      PARENT_JOB,
      j,
      job.gen,
      job.req,
      job.reqGen,
      job.depth + 1,
    );
    return;
  }
  finishJob(ctx, j, !job.failed);
}

/** Stops computing job `j` because its caller gave up (deadlines.ts): its worker is free at once. */
export function stopAbandoned(ctx: EngineContext, j: number): void {
  failForDeadline(ctx, j);
  finishJob(ctx, j, false);
}

/**
 * A message's delivery was processed: its time counts as latency if the delivery still waits
 * for its ack (it did not time out), apart otherwise. Apart from finishJob, which asks an RPC
 * call's attempt itself: what V8 inlines into finishJob counts against its inlining budget.
 */
function recordDelivered(ctx: EngineContext, j: number): void {
  const s = ctx.s;
  const job = s.pools.jobs[j];
  if (deliveryStale(s.pools.msgs[job.parent], job.parentGen)) recordAbandoned(ctx, j);
  else recordValue(s.nodes[job.node].latency, s.now - job.arrivedAt);
}

/**
 * The job is done: record it, free its worker, and answer whoever asked — unless `silent`
 * (a hung crash took it): then nobody hears back, and the caller's timeout decides. The
 * common case (an RPC call's job) stays here; the rest is in functions of their own. V8
 * inlines about 920 bytes of bytecode into one function, and what this one inlines must leave
 * room for the delay line's push of the reply (core.ts scheduleOn): called, it costs the call
 * and the reloads of this function's records after it.
 */
export function finishJob(ctx: EngineContext, j: number, ok: boolean, silent = false): void {
  const s = ctx.s;
  const job = s.pools.jobs[j];
  const ns = s.nodes[job.node];
  // The integrals come up to now once, before the busy and in-system counts change below.
  touchArea(ns, s.now);
  // `=== false` / `=== true`: one compare each, where a truth test checks for every falsy value.
  if (ok === false) jobFailed(ctx, j);
  else {
    ns.ok++;
    ns.secNodeOk++;
    // Work for a caller that gave up (its attempt timed out or failed otherwise) is counted
    // apart; a poll only looks, and counts neither.
    if (job.parentKind === JOB_FOR_CALL) {
      if (!attemptStale(s.pools.calls[job.parent], job.parentGen))
        recordValue(ns.latency, s.now - job.arrivedAt);
      else recordAbandoned(ctx, j);
    } else if (job.parentKind === JOB_FOR_MESSAGE) recordDelivered(ctx, j);
  }
  if (job.holdsWorker === true) {
    if (job.state === JOB_CALLING) ns.calling--;
    freeWorker(ctx, job, ns);
  }
  ns.inSystem--;
  if (silent === true) goneSilent(ctx, j);
  else if (job.parentKind === JOB_FOR_CALL) {
    const call = s.pools.calls[job.parent];
    if (!attemptStale(call, job.parentGen)) {
      call.ok = ok;
      if (ok === false) copyFailure(call.fail, job.fail);
      const edge = ctx.topo.edges[call.edge];
      scheduleOn(ctx, lineBack(call.edge), s.now + edge.latencyMs, EV_REPLY, job.parent, call.gen);
      // addTransfer's own first test, asked here too: a run without a canvas (a bench, a
      // sweep) then never calls it, and V8 spends none of this function's budget on it.
      if (ctx.trackTransfers === true)
        addTransfer(ctx, call.edge, ok === true ? T_REPLY : T_FAILURE, true, s.now, s.now + edge.latencyMs);
    }
  } else if (job.parentKind === JOB_FOR_MESSAGE) {
    ctx.handlers.settleDelivery(ctx, job.parent, job.parentGen, ok, job.fail.cause);
  } else answerPoll(ctx, j);
  freeJob(ctx, j);
}

/** The job failed at its node: count it, and note the node as cause or victim. */
function jobFailed(ctx: EngineContext, j: number): void {
  const job = ctx.s.pools.jobs[j];
  nodeFailed(ctx, job.node, job.fail.cause);
  noteFailureRoot(ctx, job.node, job.fail);
  flash(ctx, job.node, -1);
}

/** A success nobody waited for any more: counted apart, with its time. */
function recordAbandoned(ctx: EngineContext, j: number): void {
  const job = ctx.s.pools.jobs[j];
  const ns = ctx.s.nodes[job.node];
  ns.abandoned++;
  // Allocated on first use: checkpoints copy every histogram, and most nodes never need it.
  if (ns.abandonedLatency.counts.length === 0)
    ns.abandonedLatency.counts = new Uint32Array(HISTOGRAM_BUCKETS);
  recordValue(ns.abandonedLatency, ctx.s.now - job.arrivedAt);
}

/** A hung crash took the job: its caller hears nothing, and its timeout is the hang's fault. */
function goneSilent(ctx: EngineContext, j: number): void {
  const s = ctx.s;
  const job = s.pools.jobs[j];
  const call = job.parentKind === JOB_FOR_CALL ? s.pools.calls[job.parent] : null;
  if (call && !attemptStale(call, job.parentGen)) {
    call.job = -1;
    call.hangFault = job.fail.rootFault;
  }
}

/** A poll was served: the answer goes back, saying done if the work was done before the service looked. */
function answerPoll(ctx: EngineContext, j: number): void {
  const s = ctx.s;
  const job = s.pools.jobs[j];
  const r = s.pools.reqs[job.parent];
  const edge = ctx.topo.edges[r.edge];
  addTransfer(ctx, r.edge, T_REPLY, true, s.now, s.now + edge.latencyMs);
  if (r.gen === job.parentGen && r.doneAt >= 0 && r.doneAt <= job.startedAt)
    scheduleOn(ctx, lineBack(r.edge), s.now + edge.latencyMs, EV_POLL_DONE, job.parent, r.gen);
}
