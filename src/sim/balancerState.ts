/**
 * The run state of a load balancer (balancer.ts, balancerHealth.ts): per backend — the
 * balancer's outgoing edges, in document order — the calls in progress, the calls sent,
 * and whether health checks or outlier ejection have taken it out. Plain typed arrays, so a
 * checkpoint copies it.
 */
import type { Topology } from './topology';

export interface BalancerState {
  /** Where round robin (and the tie-break of least outstanding) looks first. */
  rr: number;
  /** Per backend: calls sent and not yet ended. */
  outstanding: Float64Array;
  /** Per backend: calls sent over the run. */
  requests: Float64Array;
  /** Per backend: calls that failed in a row (reset by a success and by an ejection). */
  failStreak: Float64Array;
  /** Per backend: 1 while ejected. */
  ejected: Uint8Array;
  /** Per backend: ejections over the run; also the generation its ejection's end carries. */
  ejections: Float64Array;
  /** Backends ejected now. */
  ejectedNow: number;
  /** Per backend: 1 while health checks hold it unhealthy. */
  unhealthy: Uint8Array;
  /** Per backend: failed (or passed) probes in a row. */
  probeFails: Float64Array;
  probePasses: Float64Array;
  /** Per backend: failed probes over the run. */
  probeFailures: Float64Array;
  /** Calls failed because no backend was available. */
  noBackend: number;
}

/** The state of every balancer, by node index (null for other nodes). */
export function createBalancerStates(topo: Topology): (BalancerState | null)[] {
  return topo.nodes.map((n) => {
    if (!n.balancer) return null;
    const k = n.out.length;
    return {
      rr: 0,
      outstanding: new Float64Array(k),
      requests: new Float64Array(k),
      failStreak: new Float64Array(k),
      ejected: new Uint8Array(k),
      ejections: new Float64Array(k),
      ejectedNow: 0,
      unhealthy: new Uint8Array(k),
      probeFails: new Float64Array(k),
      probePasses: new Float64Array(k),
      probeFailures: new Float64Array(k),
      noBackend: 0,
    };
  });
}

/** Whether backend `k` may be sent calls: neither ejected nor unhealthy. */
export function backendAvailable(b: BalancerState, k: number): boolean {
  return b.ejected[k] === 0 && b.unhealthy[k] === 0;
}
