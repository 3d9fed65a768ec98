/**
 * Root causes of timeouts and rejections: when a caller gives up, whose fault was it?
 *
 * The walk starts at the call that timed out (or at the node that turned work away) and goes
 * down the chain of waiting calls only while the call it would follow is itself late or
 * failing: hung, dropped by a partition, already failed or retrying, or waiting on a node that
 * is saturated or has a fault that delays work. It stops at the deepest such node and names it
 * with the fault active there, or as overloaded. A node is called overloaded only when it is
 * saturated at that moment (a backlog, or every worker of an instance busy), or the late work
 * spent most of its attempt waiting in its backlog: a node that answers its calls on time is
 * never the root, even when the caller in front of it is drowning in a backlog of its own.
 * When nothing on the way is late, failing or saturated, the caller's timeout was simply
 * shorter than the answer takes, and the edge is named.
 */
import { C_TIMEOUT } from './causes';
import type { EngineContext } from './runState';
import { type Call, clearFailure, type Failure, JOB_CALLING, JOB_QUEUED } from './state';

/** Deep enough for any chain the hop limit allows; stops walks that loop through an RPC cycle. */
const MAX_WALK = 64;

/** The fault that best explains trouble at `node` now, or -1. */
export function nodeBlameFault(ctx: EngineContext, node: number): number {
  const ns = ctx.s.nodes[node];
  const fault = delayFault(ctx, node);
  return fault >= 0 ? fault : ns.errorFault;
}

/**
 * A fault that makes work at `node` late — a crash, a down instance, lost capacity or
 * slowness — or -1. An error fault fails work quickly; it does not delay it.
 */
export function delayFault(ctx: EngineContext, node: number): number {
  const s = ctx.s;
  const ns = s.nodes[node];
  if (ns.crashFault >= 0) return ns.crashFault;
  const spec = ctx.topo.nodes[node];
  for (let k = 0; k < spec.instances; k++) {
    const inst = s.instances[spec.firstInstance + k];
    if (inst.down > 0) return inst.downFault;
  }
  if (ns.capacityFault >= 0) return ns.capacityFault;
  return ns.slowFault;
}

/** Whether `node` is saturated now: work waits for a worker, or every worker of an up instance is busy. */
export function nodeSaturated(ctx: EngineContext, node: number): boolean {
  const s = ctx.s;
  if (s.nodes[node].backlog > 0) return true;
  const spec = ctx.topo.nodes[node];
  for (let k = 0; k < spec.instances; k++) {
    const inst = s.instances[spec.firstInstance + k];
    if (inst.down === 0 && inst.workers > 0 && inst.busy >= inst.workers) return true;
  }
  return false;
}

/**
 * Whether most of `node`'s workers are held waiting on downstream calls and one of those
 * calls — the latest over each outgoing edge — is late or failing; if so fills `out` with its
 * root. Work waiting or turned away there is then a victim of that call's trouble.
 */
function blockedByLateCall(ctx: EngineContext, node: number, out: Failure, depth: number): boolean {
  const s = ctx.s;
  const ns = s.nodes[node];
  if (ns.calling === 0 || ns.calling * 2 < ns.busy) return false;
  for (const edge of ctx.topo.nodes[node].out) {
    const es = s.edges[edge];
    if (es.blockedCall < 0) continue;
    const call = s.pools.calls[es.blockedCall];
    if (
      call.live &&
      call.gen >= es.blockedCallGen &&
      lateOrFailing(ctx, es.blockedCall, out, depth + 1, false)
    )
      return true;
  }
  return false;
}

function copyRoot(to: Failure, from: Failure): true {
  to.rootNode = from.rootNode;
  to.rootFault = from.rootFault;
  to.rootEdge = from.rootEdge;
  to.rootCause = from.rootCause;
  return true;
}

function setRoot(out: Failure, node: number, fault: number, edge: number): true {
  out.rootNode = node;
  out.rootFault = fault;
  out.rootEdge = edge;
  out.rootCause = C_TIMEOUT;
  return true;
}

/** Fills `out` with the root of trouble at `node` (what blocks its workers, when that is late; else itself). */
export function blameNode(ctx: EngineContext, node: number, out: Failure): void {
  const walk = ctx.scratch.walk;
  clearFailure(walk);
  if (blockedByLateCall(ctx, node, walk, 0)) {
    copyRoot(out, walk);
    return;
  }
  out.rootNode = node;
  out.rootFault = nodeBlameFault(ctx, node);
}

/** Fills `out` with the root of a timeout of call `c`'s current attempt. */
export function blameCall(ctx: EngineContext, c: number, out: Failure): void {
  const walk = ctx.scratch.walk;
  clearFailure(walk);
  if (!lateOrFailing(ctx, c, walk, 0, true)) {
    // Nothing below is late, failing or saturated: the timeout is shorter than the answer takes.
    const edge = ctx.s.pools.calls[c].edge;
    setRoot(walk, ctx.topo.nodes.length + edge, -1, edge);
  }
  copyRoot(out, walk);
}

/**
 * Whether call `c`'s current attempt is late or failing because of something at or below its
 * target; if so fills `out` with that root. `top`: `c` is the call whose own timeout is being
 * explained (its earlier attempts are not its trouble now), not a dependency being examined.
 */
function lateOrFailing(ctx: EngineContext, c: number, out: Failure, depth: number, top: boolean): boolean {
  const { calls, jobs } = ctx.s.pools;
  const call = calls[c];
  const target = ctx.topo.edges[call.edge].target;
  if (call.dropped) {
    return setRoot(out, ctx.topo.nodes.length + call.edge, ctx.s.edges[call.edge].partitionFault, call.edge);
  }
  const job = call.job >= 0 && jobs[call.job].gen === call.jobGen ? jobs[call.job] : null;
  if (!job) {
    // A hung attempt stays the hang's fault even if the node has recovered since.
    if (call.hangFault >= 0) return setRoot(out, target, call.hangFault, call.edge);
    // The attempt failed and its answer is on the way (or a retry waits): the failure's own root.
    if (call.fail.cause >= 0 && call.fail.rootNode >= 0) return copyRoot(out, call.fail);
    // Still on the wire: it is heading into whatever holds its target now. For the call that
    // timed out, a good answer on its way back came too late because of the same.
    if (call.job < 0 || top) {
      const fault = delayFault(ctx, target);
      if (fault >= 0 || nodeSaturated(ctx, target)) return setRoot(out, target, fault, call.edge);
    }
    return earlierAttemptsFailed(call, out, top);
  }
  if (depth >= MAX_WALK) return false;
  if (job.state === JOB_QUEUED) {
    // Waiting for a worker: the target is saturated. Its workers' own call is to blame only
    // when that call is late or failing; otherwise the node holding the backlog is.
    if (blockedByLateCall(ctx, target, out, depth)) return true;
    return setRoot(out, target, delayFault(ctx, target), call.edge);
  }
  if (job.state === JOB_CALLING && job.call >= 0) {
    const next = calls[job.call];
    if (
      next.live &&
      next.gen >= job.callGen &&
      next.parent === call.job &&
      lateOrFailing(ctx, job.call, out, depth + 1, false)
    )
      return true;
  }
  // Computing, or calling dependencies that answer on time: late only if the target is —
  // saturated now, or it was when this work spent most of the attempt waiting for a worker.
  const fault = delayFault(ctx, target);
  const waited = job.startedAt - job.arrivedAt;
  if (fault >= 0 || nodeSaturated(ctx, target) || (waited > 0 && waited * 2 >= ctx.s.now - call.attemptStart))
    return setRoot(out, target, fault, call.edge);
  return earlierAttemptsFailed(call, out, top);
}

/**
 * A dependency call on its second or later attempt has kept its caller waiting through the
 * failures before: it is late, with the root of the last one (kept in `call.fail`, whose cause
 * alone each new attempt clears). The call whose own timeout is explained is judged by its
 * current attempt only.
 */
function earlierAttemptsFailed(call: Call, out: Failure, top: boolean): boolean {
  if (top || call.attempt < 2 || call.fail.rootNode < 0) return false;
  return copyRoot(out, call.fail);
}
