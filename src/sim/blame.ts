/**
 * Root causes of timeouts: when a caller gives up, whose fault was it? Follows the chain of
 * waiting calls down to the node that is actually holding the request (down, hung, slow,
 * or simply overloaded) and names it, with the fault active there.
 */
import type { EngineContext } from './runState';
import { C_TIMEOUT, type Failure, JOB_CALLING, JOB_QUEUED } from './state';

/** The fault that best explains trouble at `node` now, or -1. */
export function nodeBlameFault(ctx: EngineContext, node: number): number {
  const s = ctx.s;
  const ns = s.nodes[node];
  if (ns.crashFault >= 0) return ns.crashFault;
  const spec = ctx.topo.nodes[node];
  for (let k = 0; k < spec.instances; k++) {
    const inst = s.instances[spec.firstInstance + k];
    if (inst.down > 0) return inst.downFault;
  }
  if (ns.capacityFault >= 0) return ns.capacityFault;
  if (ns.slowFault >= 0) return ns.slowFault;
  return ns.errorFault;
}

/**
 * When most of a node's workers are held waiting on downstream calls, work that waits or is
 * rejected there is a victim of whatever holds those calls: returns that call, or -1.
 */
export function blockingCall(ctx: EngineContext, node: number): number {
  const ns = ctx.s.nodes[node];
  if (ns.calling === 0 || ns.calling * 2 < ns.busy || ns.blockedCall < 0) return -1;
  const call = ctx.s.pools.calls[ns.blockedCall];
  return call.live && call.gen >= ns.blockedCallGen ? ns.blockedCall : -1;
}

/** Fills `out` with the root of trouble at `node` (its own, or what blocks its workers). */
export function blameNode(ctx: EngineContext, node: number, out: Failure): void {
  const blocked = blockingCall(ctx, node);
  if (blocked >= 0) {
    blameCall(ctx, blocked, out);
    return;
  }
  out.rootNode = node;
  out.rootFault = nodeBlameFault(ctx, node);
}

/** Fills `out` with the root of a timeout of call `c`'s current attempt. */
export function blameCall(ctx: EngineContext, c: number, out: Failure): void {
  const { calls, jobs } = ctx.s.pools;
  let call = calls[c];
  for (let guard = 0; guard < 256; guard++) {
    const target = ctx.topo.edges[call.edge].target;
    out.rootEdge = call.edge;
    out.rootCause = C_TIMEOUT;
    if (call.dropped) {
      out.rootNode = ctx.topo.nodes.length + call.edge;
      out.rootFault = ctx.s.edges[call.edge].partitionFault;
      return;
    }
    const job = call.job >= 0 ? jobs[call.job] : null;
    if (job && job.gen === call.jobGen && job.state === JOB_CALLING && job.call >= 0) {
      const next = calls[job.call];
      if (next.live && next.gen >= job.callGen && next.parent === call.job) {
        call = next;
        continue;
      }
    }
    // Waiting for a worker that is itself stuck on a call: follow that call.
    const blocked =
      job && job.gen === call.jobGen && job.state === JOB_QUEUED ? blockingCall(ctx, target) : -1;
    if (blocked >= 0) {
      call = calls[blocked];
      continue;
    }
    out.rootNode = target;
    // A hung attempt stays the hang's fault even if the node has recovered since.
    out.rootFault = !job && call.hangFault >= 0 ? call.hangFault : nodeBlameFault(ctx, target);
    return;
  }
  // A chain of waiting calls that loops (an RPC cycle) has no end to follow: blame the node
  // where the walk stopped. Every exit fills `out`, so no value from an earlier failure (or
  // an earlier run) can leak into this one.
  const target = ctx.topo.edges[call.edge].target;
  out.rootNode = target;
  out.rootFault = nodeBlameFault(ctx, target);
}
