/**
 * Root causes of timeouts: when a caller gives up, whose fault was it? Follows the chain of
 * waiting calls down to the node that is actually holding the request (down, hung, slow,
 * or simply overloaded) and names it, with the fault active there.
 */
import type { EngineContext } from './runState';
import { C_TIMEOUT, type Failure, JOB_CALLING } from './state';

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
    out.rootNode = target;
    out.rootFault = nodeBlameFault(ctx, target);
    return;
  }
}
