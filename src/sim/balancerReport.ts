/**
 * The report's part on load balancers (report.ts BalancerReport). Absent from a run without
 * one, so the report of every older diagram keeps its exact shape.
 */
import type { BalancerReport } from './report';
import type { EngineContext } from './runState';

/** `{ balancers }` when the diagram has a load balancer, `{}` otherwise (to spread into the report). */
export function balancerReports(ctx: EngineContext): { balancers?: Record<string, BalancerReport> } {
  const out: Record<string, BalancerReport> = {};
  let any = false;
  ctx.topo.nodes.forEach((spec, i) => {
    const b = ctx.s.balancers[i];
    if (!b) return;
    any = true;
    const backends: BalancerReport['backends'] = {};
    spec.out.forEach((edge, k) => {
      const e = ctx.topo.edges[edge];
      backends[ctx.topo.nodes[e.target].id] = {
        edge: e.id,
        requests: b.requests[k],
        ejections: b.ejections[k],
        healthCheckFailures: b.probeFailures[k],
      };
    });
    out[spec.id] = { backends, noBackend: b.noBackend };
  });
  return any ? { balancers: out } : {};
}
