/**
 * Calls over edges: RPC attempts with timeout, retries with backoff and jitter, the
 * circuit breaker and fallback; and publishes to queues (the broker acks after the edge
 * latency, or refuses when it is down or full).
 */

import { ADMIT_HUNG, admitJob } from './admission';
import { balancerArrive } from './balancer';
import { blameCall } from './blame';
import { breakerAllows, breakerRecord } from './breaker';
import { C_BREAKER, C_LIMIT, C_PARTITIONED, C_TIMEOUT } from './causes';
import { addTransfer, flash, schedule, scheduleOn } from './core';
import { attemptLimitMs, computingForGoneCaller } from './deadlines';
import {
  EV_CALL_ARRIVE,
  EV_PUBLISH_ARRIVE,
  EV_REPLY,
  EV_RETRY,
  EV_TIMEOUT,
  T_FAILURE,
  T_PUBLISH,
  T_REQUEST,
  T_RETRY,
} from './events';
import { nextUnit } from './random';
import { retryDelay } from './retry';
import { budgetAllowsRetry, budgetDeposit } from './retryBudget';
import { type EngineContext, edgeStream, lineBack, lineForward, lineTimeout } from './runState';
import { attemptStale } from './staleness';
import {
  allocCall,
  type Call,
  type CallParent,
  clearFailure,
  copyFailure,
  fillFailure,
  JOB_FOR_CALL,
  PARENT_JOB,
} from './state';
import type { EdgeSpec } from './topology';

/** Starts a call over `edge` on behalf of a job or a client request. */
export function startCall(
  ctx: EngineContext,
  edge: number,
  parentKind: CallParent,
  parent: number,
  parentGen: number,
  req: number,
  reqGen: number,
  depth: number,
): void {
  const s = ctx.s;
  const c = allocCall(s.pools);
  const call = s.pools.calls[c];
  call.live = true;
  call.edge = edge;
  call.parentKind = parentKind;
  call.parent = parent;
  call.parentGen = parentGen;
  call.req = req;
  call.reqGen = reqGen;
  call.depth = depth;
  call.attempt = 0;
  call.prevDelay = 0;
  s.edges[edge].calls++;
  s.edges[edge].secCalls++;
  budgetDeposit(ctx, edge);
  if (parentKind === PARENT_JOB) {
    // Remembered for blame: which call the job is waiting on.
    s.pools.jobs[parent].call = c;
    s.pools.jobs[parent].callGen = call.gen;
    // Per edge: a worker waiting on a hung dependency must not hide behind a newer call
    // over another edge that answers on time.
    if (ctx.topo.nodes[s.pools.jobs[parent].node].blocking) {
      s.edges[edge].blockedCall = c;
      s.edges[edge].blockedCallGen = call.gen;
    }
  }
  if (depth > ctx.limits.hopsPerRequest) {
    // RPC cycles (A calls B calls A) end here, with a cause the learner can read. The root is
    // the edge that would go one hop too deep: the cycle is in the wiring, not in a node.
    call.gen++;
    call.ok = false;
    fillFailure(call.fail, C_LIMIT, ctx.topo.nodes.length + edge, -1, edge);
    schedule(ctx, s.now, EV_REPLY, c, call.gen);
    return;
  }
  startAttempt(ctx, c);
}

/**
 * Starts the next attempt of call `c`. The common case (an RPC over an edge whose only guard
 * is its timeout) stays here; the rest is in functions of their own, so this one stays small
 * enough for V8 to inline into its callers.
 */
function startAttempt(ctx: EngineContext, c: number): void {
  const s = ctx.s;
  const call = s.pools.calls[c];
  const spec = ctx.topo.edges[call.edge];
  call.gen++;
  call.attempt++;
  call.attemptStart = s.now;
  call.job = -1;
  call.dropped = false;
  call.hangFault = -1;
  call.probe = false;
  call.unsent = false;
  call.fail.cause = -1;
  // One flag compiled into the edge instead of asking the breaker and the deadline of a
  // caller that has neither on every attempt.
  if (spec.plainRpc)
    sendAttempt(ctx, c, call, spec, spec.timeoutMs > 0 ? spec.timeoutMs : Number.POSITIVE_INFINITY);
  else startGuardedAttempt(ctx, c);
}

/** A publish, or an RPC attempt its caller's deadline or the edge's breaker may stop. */
function startGuardedAttempt(ctx: EngineContext, c: number): void {
  const call = ctx.s.pools.calls[c];
  if (!ctx.topo.edges[call.edge].rpc) {
    startPublish(ctx, c);
    return;
  }
  const limit = attemptLimitMs(ctx, c);
  if (limit <= 0) {
    attemptUnsent(ctx, c);
    return;
  }
  const allowed = breakerAllows(ctx, call.edge);
  if (allowed === 0) {
    refusedByBreaker(ctx, c);
    return;
  }
  call.probe = allowed === 2;
  sendAttempt(ctx, c, call, ctx.topo.edges[call.edge], limit);
}

/**
 * Sends attempt `c` (record `call`, over the edge `spec`), which its caller waits for `limit`
 * ms (+∞: no timeout), unless a partition drops it. V8 does not inline it (the two delay-line
 * pushes use up the budget): taking the records its callers hold spares it finding them again.
 */
function sendAttempt(ctx: EngineContext, c: number, call: Call, spec: EdgeSpec, limit: number): void {
  const s = ctx.s;
  call.deadline = s.now + limit;
  if (limit < Number.POSITIVE_INFINITY)
    scheduleOn(ctx, lineTimeout(call.edge), s.now + limit, EV_TIMEOUT, c, call.gen);
  if (s.edges[call.edge].partitionFault >= 0) {
    call.dropped = true;
    return;
  }
  scheduleOn(ctx, lineForward(call.edge), s.now + spec.latencyMs, EV_CALL_ARRIVE, c, call.gen);
  addTransfer(ctx, call.edge, call.attempt > 1 ? T_RETRY : T_REQUEST, false, s.now, s.now + spec.latencyMs);
}

/** A publish to a queue: it reaches the broker after the edge latency, unless the edge is cut. */
function startPublish(ctx: EngineContext, c: number): void {
  const s = ctx.s;
  const call = s.pools.calls[c];
  const spec = ctx.topo.edges[call.edge];
  const es = s.edges[call.edge];
  if (es.partitionFault >= 0) {
    // The broker's ack never comes back; without a publish timeout the publisher gives up after one latency.
    call.ok = false;
    fillFailure(call.fail, C_PARTITIONED, ctx.topo.nodes.length + call.edge, es.partitionFault, call.edge);
    scheduleOn(ctx, lineBack(call.edge), s.now + spec.latencyMs, EV_REPLY, c, call.gen);
    return;
  }
  scheduleOn(ctx, lineForward(call.edge), s.now + spec.latencyMs, EV_PUBLISH_ARRIVE, c, call.gen);
  addTransfer(ctx, call.edge, T_PUBLISH, false, s.now, s.now + spec.latencyMs);
}

/**
 * Its caller's deadline has passed: the attempt is not made (deadlines.ts). The root is the
 * edge: its caller ran out of time before it could call.
 */
function attemptUnsent(ctx: EngineContext, c: number): void {
  const call = ctx.s.pools.calls[c];
  call.ok = false;
  call.unsent = true;
  fillFailure(call.fail, C_TIMEOUT, ctx.topo.nodes.length + call.edge, -1, call.edge);
  schedule(ctx, ctx.s.now, EV_REPLY, c, call.gen);
}

/** The open breaker refuses the attempt: it fails at once, rooted where the breaker's last failure was. */
function refusedByBreaker(ctx: EngineContext, c: number): void {
  const call = ctx.s.pools.calls[c];
  call.ok = false;
  copyFailure(call.fail, ctx.s.edges[call.edge].breaker!.root);
  call.fail.cause = C_BREAKER;
  if (call.fail.rootNode < 0)
    fillFailure(call.fail, C_BREAKER, ctx.topo.edges[call.edge].target, -1, call.edge);
  schedule(ctx, ctx.s.now, EV_REPLY, c, call.gen);
}

/** An attempt reached its target: offer it to the node. */
export function onCallArrive(ctx: EngineContext, c: number, gen: number): void {
  const s = ctx.s;
  const call = s.pools.calls[c];
  if (attemptStale(call, gen)) return;
  const spec = ctx.topo.edges[call.edge];
  if (ctx.topo.nodes[spec.target].balancer) {
    balancerArrive(ctx, spec.target, c, gen);
    return;
  }
  const refusal = ctx.scratch.refusal;
  clearFailure(refusal);
  refusal.rootEdge = call.edge;
  const result = admitJob(ctx, spec.target, JOB_FOR_CALL, c, gen, call.req, call.reqGen, call.depth, refusal);
  if (result >= 0) {
    call.job = result;
    call.jobGen = s.pools.jobs[result].gen;
    return;
  }
  if (result === ADMIT_HUNG) {
    call.hangFault = refusal.rootFault; // No answer: the caller's timeout decides.
    return;
  }
  call.ok = false;
  copyFailure(call.fail, refusal); // rootEdge: this edge, or the one downstream that holds the workers.
  scheduleOn(ctx, lineBack(call.edge), s.now + spec.latencyMs, EV_REPLY, c, gen);
  addTransfer(ctx, call.edge, T_FAILURE, true, s.now, s.now + spec.latencyMs);
}

/** A publish reached the broker: it is accepted (and acked) or refused. */
export function onPublishArrive(ctx: EngineContext, c: number, gen: number): void {
  const s = ctx.s;
  const call = s.pools.calls[c];
  if (attemptStale(call, gen)) return;
  const refusal = ctx.scratch.refusal;
  clearFailure(refusal);
  const ok = ctx.handlers.publishToQueue(
    ctx,
    ctx.topo.edges[call.edge].target,
    call.req,
    call.reqGen,
    call.depth,
    refusal,
  );
  call.ok = ok;
  if (!ok) {
    copyFailure(call.fail, refusal);
    call.fail.rootEdge = call.edge;
  }
  attemptDone(ctx, c);
}

export function onReply(ctx: EngineContext, c: number, gen: number): void {
  const call = ctx.s.pools.calls[c];
  if (attemptStale(call, gen)) return;
  attemptDone(ctx, c);
}

/** The caller stopped waiting for the current attempt. */
export function onTimeout(ctx: EngineContext, c: number, gen: number): void {
  const call = ctx.s.pools.calls[c];
  if (attemptStale(call, gen)) return;
  const abandoned = computingForGoneCaller(ctx, call.job, call.jobGen);
  const abandonedGen = call.jobGen;
  call.ok = false;
  if (call.dropped) {
    const es = ctx.s.edges[call.edge];
    fillFailure(call.fail, C_PARTITIONED, ctx.topo.nodes.length + call.edge, es.partitionFault, call.edge);
  } else {
    blameCall(ctx, c, call.fail);
    call.fail.cause = C_TIMEOUT;
  }
  attemptDone(ctx, c);
  // Whatever ending the attempt set off, the job is stopped only if it is still that job.
  if (abandoned >= 0 && ctx.s.pools.jobs[abandoned].gen === abandonedGen)
    ctx.handlers.stopAbandoned(ctx, abandoned);
}

export function onRetry(ctx: EngineContext, c: number, gen: number): void {
  const call = ctx.s.pools.calls[c];
  if (attemptStale(call, gen)) return;
  startAttempt(ctx, c);
}

/**
 * The current attempt ended with `call.ok` / `call.fail`: retry, or end the call. Kept small
 * (the breaker's part and the retry are functions of their own): V8 inlines it, the call's
 * end and the client's handling of the reply into one compiled function within its
 * inlining budget (920 bytes of bytecode), so a reply costs one call from the dispatcher.
 */
function attemptDone(ctx: EngineContext, c: number): void {
  const call = ctx.s.pools.calls[c];
  // Only an RPC edge has a breaker; most have none, and then there is nothing to record.
  if (ctx.topo.edges[call.edge].breaker) recordOnBreaker(ctx, c);
  if (call.ok || !retried(ctx, c)) endCall(ctx, c);
}

/** Failed attempt `c` is retried after its backoff if it may be; whether it is. */
function retried(ctx: EngineContext, c: number): boolean {
  if (!retryAllowed(ctx, c)) return false;
  scheduleRetry(ctx, c);
  return true;
}

/** Tells the edge's breaker how attempt `c` went, unless it never reached the breaker's judgement. */
function recordOnBreaker(ctx: EngineContext, c: number): void {
  const call = ctx.s.pools.calls[c];
  if (call.unsent || (!call.ok && (call.fail.cause === C_BREAKER || call.fail.cause === C_LIMIT))) return;
  breakerRecord(ctx, call.edge, call.ok, call.probe, call.ok ? null : call.fail);
}

/** Whether failed attempt `c` may be retried: attempts left, a retryable failure, and the budget allows it. */
function retryAllowed(ctx: EngineContext, c: number): boolean {
  const call = ctx.s.pools.calls[c];
  return (
    call.attempt < ctx.topo.edges[call.edge].maxAttempts &&
    call.fail.cause !== C_LIMIT &&
    !call.unsent &&
    budgetAllowsRetry(ctx, call.edge)
  );
}

/** The next attempt of `c` starts after the backoff (with its jitter). */
function scheduleRetry(ctx: EngineContext, c: number): void {
  const s = ctx.s;
  const call = s.pools.calls[c];
  const spec = ctx.topo.edges[call.edge];
  s.edges[call.edge].retries++;
  const u = spec.jitter > 0 ? nextUnit(s.rng, edgeStream(ctx.topo, call.edge)) : 0;
  const delay = retryDelay(spec, call.attempt, call.prevDelay, u);
  call.prevDelay = delay;
  call.gen++;
  schedule(ctx, s.now + delay, EV_RETRY, c, call.gen);
}

/**
 * The call ended, after its retries: counted, its record freed, its parent told. Kept small
 * (a failure's counting and a job parent are functions of their own) so that V8 inlines it,
 * and the client's handling of the reply, into the reply's handler.
 */
function endCall(ctx: EngineContext, c: number): void {
  const s = ctx.s;
  const call = s.pools.calls[c];
  const { edge, ok, parentKind, parent, parentGen } = call;
  if (ok) s.edges[edge].ok++;
  else callFailed(ctx, c);
  call.live = false;
  call.gen++;
  s.pools.callFree.push(c);
  // The parents copy `ended` before they start anything that could end another call.
  if (parentKind === PARENT_JOB) tellJob(ctx, edge, parent, parentGen, ok);
  else
    ctx.handlers.requestReply(ctx, parent, parentGen, ok || ctx.topo.edges[edge].fallback, ctx.scratch.ended);
}

/** The failed call is counted, and its failure copied into `ended` for its parent (a success copies nothing: the parents read it only after a failure). */
function callFailed(ctx: EngineContext, c: number): void {
  countCallFailure(ctx, c);
  copyFailure(ctx.scratch.ended, ctx.s.pools.calls[c].fail);
}

/** A job's call over `edge` ended: the job is told (engine.ts routes it to a service, cache or load balancer). */
function tellJob(ctx: EngineContext, edge: number, job: number, jobGen: number, ok: boolean): void {
  const spec = ctx.topo.edges[edge];
  ctx.handlers.jobCallDone(ctx, job, jobGen, ok, spec.rpc, spec.fallback, ctx.scratch.ended);
}

/** The call failed after its retries: counted on its edge by cause, and flashed at its source. */
function countCallFailure(ctx: EngineContext, c: number): void {
  const call = ctx.s.pools.calls[c];
  const spec = ctx.topo.edges[call.edge];
  const es = ctx.s.edges[call.edge];
  es.failed++;
  es.secFailed++;
  es.failedBy[call.fail.cause]++;
  if (spec.fallback) es.fallbacks++;
  flash(ctx, spec.source, call.edge);
}
