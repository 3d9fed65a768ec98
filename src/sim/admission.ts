/**
 * Admission of work at a service or database: the load balancer's round-robin over the
 * instances it believes up, refusal by a down instance (or silence from a hung one), the
 * backlog and its limit, and taking a worker to compute for one service time.
 */

import { slotsInUse } from './autoscaleState';
import { blameNode, nodeBlameFault } from './blame';
import { C_RATE_LIMITED, C_REFUSED, C_REJECTED, type CauseCode } from './causes';
import { sampleTime, schedule, touchArea } from './core';
import { EV_COMPUTE_DONE } from './events';
import { newJob } from './jobs';
import { instanceLoadFactor } from './loadFactor';
import { takeToken } from './rateLimit';
import type { EngineContext, NodeState } from './runState';
import {
  type Failure,
  fifoPush,
  fifoSize,
  fillFailure,
  type InstanceState,
  JOB_COMPUTING,
  JOB_FOR_CALL,
  type Job,
  type JobParent,
} from './state';

/** Outcomes of offering work to a node that created no job (admitJob returns the job otherwise). */
export const ADMIT_REFUSED = -1;
export const ADMIT_REJECTED = -2;
export const ADMIT_HUNG = -3;
/** Over the service's rate limit (rateLimit.ts). */
export const ADMIT_LIMITED = -4;

/**
 * Round-robin over the instances the load balancer believes up; -1 when it believes none is.
 * The common case (the instance whose turn it is is up) stays here, the search in
 * searchInstance: admitJob inlines this, and V8's inlining budget left after it decides
 * whether the job pool's allocJob is inlined too or called.
 */
function pickInstance(ctx: EngineContext, node: number): number {
  const ns = ctx.s.nodes[node];
  const count = slotsInUse(ctx.topo, ctx.s.scalers, node);
  const i = ns.rr;
  const inst = ctx.topo.nodes[node].firstInstance + i;
  // `=== true`: one compare, where a bare truth test of a boolean field checks for every
  // falsy value (V8 does not track that the field only ever holds booleans).
  if (i < count && ctx.s.instances[inst].lbUp === true) {
    ns.rr = i + 1 < count ? i + 1 : 0;
    return inst;
  }
  return searchInstance(ctx, node, count);
}

/** pickInstance's search: the first slot from the round-robin position on that is up, wrapping. */
function searchInstance(ctx: EngineContext, node: number, count: number): number {
  const first = ctx.topo.nodes[node].firstInstance;
  const ns = ctx.s.nodes[node];
  // An autoscaled service's unused slots (from count on) are never up for the load balancer.
  if (count === 0) return -1;
  // The slots from rr on, wrapping: a compare instead of a division per step. rr is below
  // count unless an autoscaled service shrank since it was set: then its remainder.
  let i = ns.rr < count ? ns.rr : ns.rr % count;
  for (let k = 0; k < count; k++) {
    const next = i + 1 < count ? i + 1 : 0;
    if (ctx.s.instances[first + i].lbUp === true) {
      ns.rr = next;
      return first + i;
    }
    i = next;
  }
  return -1;
}

/**
 * Offers a new job to `node`: returns the new job's index, or ADMIT_REFUSED / ADMIT_REJECTED
 * (with `fail` saying why) or ADMIT_HUNG (nobody answers; `fail.rootFault` is the hang).
 * The common case (an instance up, room in its backlog) stays here; the refusals are in
 * functions of their own, so this one stays small enough for V8 to inline.
 */
export function admitJob(
  ctx: EngineContext,
  node: number,
  parentKind: JobParent,
  parent: number,
  parentGen: number,
  req: number,
  reqGen: number,
  depth: number,
  fail: Failure,
): number {
  const s = ctx.s;
  const spec = ctx.topo.nodes[node];
  const ns = s.nodes[node];
  ns.received++;
  ns.secReceived++;
  // The limit stands in front of the load balancer, as a gateway does.
  if (spec.rateLimited === true && parentKind === JOB_FOR_CALL && !takeToken(ctx, node))
    return limitJob(ctx, node, fail);
  const inst = pickInstance(ctx, node);
  if (inst < 0 || s.instances[inst].down > 0) return refuseOrHang(ctx, node, inst, fail);
  const instance = s.instances[inst];
  const queued = instance.busy >= instance.workers;
  if (queued && fifoSize(instance.backlog) >= spec.backlogLimit) return rejectJob(ctx, node, fail);
  const j = newJob(ctx, node, inst, parentKind, parent, parentGen, req, reqGen, depth);
  s.pools.jobs[j].arrivedAt = s.now;
  touchArea(ns, s.now);
  ns.inSystem++;
  if (queued) waitInBacklog(ns, instance, j);
  else {
    // takeWorker without its touch: the integrals were brought up to now just above, and
    // takeWorker (which V8 does not inline here) would reload the job, node and instance.
    occupyWorker(ns, instance, s.pools.jobs[j]);
    beginCompute(ctx, j);
  }
  return j;
}

/** Over the rate limit: refused before the load balancer. */
function limitJob(ctx: EngineContext, node: number, fail: Failure): number {
  nodeFailed(ctx, node, C_RATE_LIMITED);
  fillFailure(fail, C_RATE_LIMITED, node, -1, fail.rootEdge);
  return ADMIT_LIMITED;
}

/** Every worker of `instance` busy: job `j` waits in its backlog. */
function waitInBacklog(ns: NodeState, instance: InstanceState, j: number): void {
  fifoPush(instance.backlog, j);
  ns.backlog++;
  if (ns.backlog > ns.maxBacklog) ns.maxBacklog = ns.backlog;
}

/** No instance the load balancer believes up (`inst` −1), or the one picked is down: refused, or silence from a hung one. */
function refuseOrHang(ctx: EngineContext, node: number, inst: number, fail: Failure): number {
  const instance = inst >= 0 ? ctx.s.instances[inst] : null;
  if (instance?.hang) {
    fail.rootFault = instance.downFault;
    return ADMIT_HUNG;
  }
  nodeFailed(ctx, node, C_REFUSED);
  const fault = instance ? instance.downFault : nodeBlameFault(ctx, node);
  fillFailure(fail, C_REFUSED, node, fault, fail.rootEdge);
  return ADMIT_REFUSED;
}

/** Every worker busy and the backlog full: rejected. */
function rejectJob(ctx: EngineContext, node: number, fail: Failure): number {
  ctx.s.nodes[node].rejected++;
  nodeFailed(ctx, node, C_REJECTED);
  fail.cause = C_REJECTED;
  fail.rootCause = C_REJECTED;
  const edge = fail.rootEdge;
  blameNode(ctx, node, fail);
  // Rejected because its workers wait on a stuck callee: the root is downstream.
  if (fail.rootNode === node) {
    fail.rootCause = C_REJECTED;
    fail.rootEdge = edge;
  }
  return ADMIT_REJECTED;
}

/** Counts a failure at `node` for `cause` (-1: a failure with no cause yet is counted under none). */
export function nodeFailed(ctx: EngineContext, node: number, cause: CauseCode | -1): void {
  const ns = ctx.s.nodes[node];
  ns.failed++;
  ns.secNodeFailed++;
  ns.failedBy[cause]++;
}

/** Occupies a worker of the job's instance. */
export function takeWorker(ctx: EngineContext, j: number): void {
  const s = ctx.s;
  const job = s.pools.jobs[j];
  const ns = s.nodes[job.node];
  touchArea(ns, s.now);
  occupyWorker(ns, s.instances[job.instance], job);
}

/** Counts the worker `job` takes at its node and instance (whose integrals are up to now). */
function occupyWorker(ns: NodeState, instance: InstanceState, job: Job): void {
  ns.busy++;
  instance.busy++;
  job.holdsWorker = true;
}

/** Starts computing on the worker the job holds. */
export function beginCompute(ctx: EngineContext, j: number): void {
  const s = ctx.s;
  const job = s.pools.jobs[j];
  const ns = s.nodes[job.node];
  job.state = JOB_COMPUTING;
  job.startedAt = s.now;
  const wait = s.now - job.arrivedAt;
  ns.started++;
  if (wait > 0) {
    ns.waited++;
    ns.waitSum += wait;
    if (wait > ns.longestWait) ns.longestWait = wait;
  }
  const spec = ctx.topo.nodes[job.node];
  const t = sampleTime(ctx, job.node, spec.dist) * ns.slow;
  if (spec.load === null) {
    schedule(ctx, s.now + t, EV_COMPUTE_DONE, j, job.gen);
    return;
  }
  // Load-dependent service time (loadFactor.ts): fixed for this work as it starts.
  const instance = s.instances[job.instance];
  const factor = instanceLoadFactor(spec.load, instance.busy, fifoSize(instance.backlog));
  schedule(ctx, s.now + t * factor, EV_COMPUTE_DONE, j, job.gen);
}
