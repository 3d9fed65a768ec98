/**
 * How a load balancer takes backends out (balancer.ts picks only among the others):
 *
 * - **Active health checks**: every probe interval the balancer probes each backend. A probe
 *   crosses the edge (its latency each way) and is answered by the backend itself, without a
 *   worker — like a health endpoint served beside the real work — so probes never load a
 *   backend and never wait in its backlog. It passes when an instance of the backend is up;
 *   a refusing backend fails it with its answer, a hanging one or a partitioned edge by the
 *   probe timeout, as does an answer that would come later than the timeout. `unhealthy`
 *   failed probes in a row take a backend out until `healthy` passed probes in a row.
 * - **Passive outlier ejection**: `consecutiveFailures` calls to a backend failing in a row
 *   eject it for the ejection time, unless as many backends as the maximum ejection share
 *   allows are ejected already (at least one may always be, unless the share is 0).
 */
import type { BalancerState } from './balancerState';
import { C_BREAKER, C_LIMIT } from './causes';
import { schedule } from './core';
import { EV_EJECTION_END, EV_PROBE_ARRIVE, EV_PROBE_RESULT, EV_PROBE_ROUND } from './events';
import type { NodeHealth } from './report';
import { addLog } from './runLog';
import type { EngineContext } from './runState';
import type { Failure } from './state';
import { KIND_BALANCER } from './topology';

/** Schedules the first round of health probes of every balancer that has them, at t = 0. */
export function startHealthChecks(ctx: EngineContext): void {
  ctx.topo.nodes.forEach((n, i) => {
    if (n.balancer && n.balancer.probeIntervalMs > 0 && n.out.length > 0)
      schedule(ctx, 0, EV_PROBE_ROUND, i, 0);
  });
}

/** A round of probes: one to every backend, and the next round one interval later. */
export function onProbeRound(ctx: EngineContext, node: number): void {
  const s = ctx.s;
  const spec = ctx.topo.nodes[node];
  const hc = spec.balancer!;
  for (const edge of spec.out) {
    const e = ctx.topo.edges[edge];
    // Dropped on the way, or an answer that cannot come in time: the timeout decides.
    if (s.edges[edge].partitionFault >= 0 || 2 * e.latencyMs > hc.probeTimeoutMs)
      schedule(ctx, s.now + hc.probeTimeoutMs, EV_PROBE_RESULT, edge, 0);
    else schedule(ctx, s.now + e.latencyMs, EV_PROBE_ARRIVE, edge, 0);
  }
  schedule(ctx, s.now + hc.probeIntervalMs, EV_PROBE_ROUND, node, 0);
}

/** A probe reached its backend: it answers at once, or never (hung). */
export function onProbeArrive(ctx: EngineContext, edge: number): void {
  const s = ctx.s;
  const e = ctx.topo.edges[edge];
  const answer = backendAnswer(ctx, e.target);
  if (answer < 0) {
    // Sent one latency ago: the timeout runs from then.
    schedule(
      ctx,
      s.now - e.latencyMs + ctx.topo.nodes[e.source].balancer!.probeTimeoutMs,
      EV_PROBE_RESULT,
      edge,
      0,
    );
    return;
  }
  schedule(ctx, s.now + e.latencyMs, EV_PROBE_RESULT, edge, answer);
}

/** How `node` answers a probe now: 1 passed, 0 failed (refused), -1 no answer (hung). */
function backendAnswer(ctx: EngineContext, node: number): number {
  const s = ctx.s;
  const spec = ctx.topo.nodes[node];
  if (spec.kind === KIND_BALANCER) {
    const crashed = s.nodes[node].crashFault;
    if (crashed >= 0) {
      const crash = s.faults[crashed];
      return crash.kind === 'crash' && crash.mode === 'hang' ? -1 : 0;
    }
    const b = s.balancers[node]!;
    for (let k = 0; k < spec.out.length; k++) if (b.ejected[k] === 0 && b.unhealthy[k] === 0) return 1;
    return 0;
  }
  let hung = false;
  for (let i = 0; i < spec.instances; i++) {
    const inst = s.instances[spec.firstInstance + i];
    if (inst.down === 0) return 1;
    if (inst.hang) hung = true;
  }
  return hung ? -1 : 0;
}

/** A probe's outcome reached the balancer. */
export function onProbeResult(ctx: EngineContext, edge: number, passed: number): void {
  const e = ctx.topo.edges[edge];
  const node = e.source;
  const spec = ctx.topo.nodes[node];
  const hc = spec.balancer!;
  const b = ctx.s.balancers[node]!;
  const k = spec.out.indexOf(edge);
  if (passed === 1) {
    b.probeFails[k] = 0;
    b.probePasses[k]++;
    if (b.unhealthy[k] === 1 && b.probePasses[k] >= hc.healthyThreshold) {
      b.unhealthy[k] = 0;
      note(ctx, node, e.target, `healthy again (${hc.healthyThreshold} health checks passed)`);
    }
    return;
  }
  b.probeFailures[k]++;
  b.probePasses[k] = 0;
  b.probeFails[k]++;
  if (b.unhealthy[k] === 0 && b.probeFails[k] >= hc.unhealthyThreshold) {
    b.unhealthy[k] = 1;
    note(ctx, node, e.target, `unhealthy (${hc.unhealthyThreshold} health checks failed in a row): no calls`);
  }
}

/** A call the balancer sent to backend `k` ended: count it toward ejection. */
export function noteCallOutcome(
  ctx: EngineContext,
  node: number,
  k: number,
  ok: boolean,
  fail: Failure,
): void {
  const spec = ctx.topo.nodes[node];
  const o = spec.balancer!;
  const b = ctx.s.balancers[node]!;
  // An open breaker or the hop limit is the caller's own refusal, not the backend's answer.
  if (ok || fail.cause === C_BREAKER || fail.cause === C_LIMIT) {
    if (ok) b.failStreak[k] = 0;
    return;
  }
  b.failStreak[k]++;
  if (o.ejectAfter === 0 || b.failStreak[k] < o.ejectAfter || b.ejected[k] === 1) return;
  if (b.ejectedNow >= ejectionCap(b, o.maxEjectionPercent)) return;
  b.ejected[k] = 1;
  b.ejectedNow++;
  b.ejections[k]++;
  b.failStreak[k] = 0;
  schedule(ctx, ctx.s.now + o.ejectionMs, EV_EJECTION_END, spec.out[k], b.ejections[k]);
  const target = ctx.topo.edges[spec.out[k]].target;
  note(ctx, node, target, `ejected for ${o.ejectionMs / 1000} s (${o.ejectAfter} failures in a row)`);
}

/** How many backends may be ejected at once: the share, rounded down, but at least one (unless 0 %). */
function ejectionCap(b: BalancerState, percent: number): number {
  if (percent <= 0) return 0;
  return Math.max(1, Math.floor((b.ejected.length * percent) / 100));
}

/** An ejection's time is over: the backend gets calls again. */
export function onEjectionEnd(ctx: EngineContext, edge: number, gen: number): void {
  const node = ctx.topo.edges[edge].source;
  const spec = ctx.topo.nodes[node];
  const b = ctx.s.balancers[node]!;
  const k = spec.out.indexOf(edge);
  if (b.ejected[k] === 0 || b.ejections[k] !== gen) return;
  b.ejected[k] = 0;
  b.ejectedNow--;
  b.failStreak[k] = 0;
  note(ctx, node, ctx.topo.edges[edge].target, 'back from ejection');
}

/** A balancer's health: down with no backend available, degraded with some taken out. */
export function balancerHealth(ctx: EngineContext, node: number): NodeHealth {
  if (ctx.s.nodes[node].crashFault >= 0) return 'down';
  const b = ctx.s.balancers[node]!;
  const n = b.ejected.length;
  let out = 0;
  for (let k = 0; k < n; k++) if (b.ejected[k] === 1 || b.unhealthy[k] === 1) out++;
  if (out === n) return 'down';
  return out > 0 ? 'degraded' : 'healthy';
}

/** Whether the balancer at the source of `edge` takes that backend out now, and how; null if not. */
export function backendOut(ctx: EngineContext, edge: number): 'ejected' | 'unhealthy' | null {
  const node = ctx.topo.edges[edge].source;
  const b = ctx.s.balancers[node];
  if (!b) return null;
  const k = ctx.topo.nodes[node].out.indexOf(edge);
  return b.ejected[k] === 1 ? 'ejected' : b.unhealthy[k] === 1 ? 'unhealthy' : null;
}

function note(ctx: EngineContext, node: number, backend: number, what: string): void {
  const nodes = ctx.topo.nodes;
  addLog(ctx, 'health', nodes[backend].id, `${nodes[node].label} → ${nodes[backend].label}: ${what}`);
}
