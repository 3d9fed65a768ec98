/**
 * The per-edge circuit breaker. Counting calls and failures in the sliding window is plain
 * code on every attempt; the mode (closed / open / half-open) belongs to the xstate machine,
 * which is stepped only when the mode changes. The open → half-open timer is an engine event.
 */
import { nextBreakerState } from '../machines/circuitBreakerMachine';
import { schedule } from './core';
import { EV_BREAKER_TIMER } from './events';
import { addLog } from './runLog';
import type { EngineContext } from './runState';
import { BREAKER_BUCKETS, type BreakerState, copyFailure, type Failure } from './state';

/** Whether an attempt may go through; marks it as a probe when half-open. */
export function breakerAllows(ctx: EngineContext, edge: number): 0 | 1 | 2 {
  const b = ctx.s.edges[edge].breaker;
  if (!b) return 1;
  if (b.value === 'closed') return 1;
  if (b.value === 'open') return 0;
  const spec = ctx.topo.edges[edge];
  if (b.probesStarted >= spec.halfOpenProbes) return 0;
  b.probesStarted++;
  return 2;
}

function resetWindow(b: BreakerState): void {
  b.bucketCalls.fill(0);
  b.bucketFailures.fill(0);
  b.bucketEpoch.fill(-1);
}

function change(
  ctx: EngineContext,
  edge: number,
  b: BreakerState,
  event: Parameters<typeof nextBreakerState>[1],
): void {
  const before = b.value;
  b.value = nextBreakerState(b.value, event);
  if (b.value === before) return;
  const spec = ctx.topo.edges[edge];
  const label = `${ctx.topo.nodes[spec.source].label} → ${ctx.topo.nodes[spec.target].label}`;
  if (b.value === 'open') {
    b.opened++;
    b.gen++;
    resetWindow(b);
    schedule(ctx, ctx.s.now + spec.openMs, EV_BREAKER_TIMER, edge, b.gen);
    addLog(ctx, 'breaker', spec.id, `${label}: circuit breaker opened`);
  } else if (b.value === 'halfOpen') {
    b.probesStarted = 0;
    b.probesPassed = 0;
    addLog(ctx, 'breaker', spec.id, `${label}: circuit breaker half-open, probing`);
  } else {
    resetWindow(b);
    addLog(ctx, 'breaker', spec.id, `${label}: circuit breaker closed`);
  }
}

/**
 * Records the outcome of an attempt that went through the breaker. Small on purpose: every
 * reply passes here, and V8 inlines only small functions (most edges have no breaker).
 */
export function breakerRecord(
  ctx: EngineContext,
  edge: number,
  ok: boolean,
  probe: boolean,
  fail: Failure | null,
): void {
  const b = ctx.s.edges[edge].breaker;
  if (!b) return;
  // The last failure is the root of the calls the breaker refuses while open.
  if (!ok && fail) copyFailure(b.root, fail);
  if (b.value === 'halfOpen') recordProbe(ctx, edge, b, ok, probe);
  else if (b.value === 'closed') recordInWindow(ctx, edge, b, ok);
}

/** Half-open: a probe's outcome opens the breaker again or, once enough passed, closes it. */
function recordProbe(ctx: EngineContext, edge: number, b: BreakerState, ok: boolean, probe: boolean): void {
  if (!probe) return;
  if (!ok) change(ctx, edge, b, { type: 'PROBE_FAILED' });
  else if (++b.probesPassed >= ctx.topo.edges[edge].halfOpenProbes)
    change(ctx, edge, b, { type: 'PROBES_PASSED' });
}

/** Closed: counts the attempt in the sliding window and trips when failures pass the threshold. */
function recordInWindow(ctx: EngineContext, edge: number, b: BreakerState, ok: boolean): void {
  const spec = ctx.topo.edges[edge];
  const bucketMs = spec.windowMs / BREAKER_BUCKETS;
  const epoch = Math.floor(ctx.s.now / bucketMs);
  const i = epoch % BREAKER_BUCKETS;
  if (b.bucketEpoch[i] !== epoch) {
    b.bucketEpoch[i] = epoch;
    b.bucketCalls[i] = 0;
    b.bucketFailures[i] = 0;
  }
  b.bucketCalls[i]++;
  if (ok) return;
  b.bucketFailures[i]++;
  let calls = 0;
  let failures = 0;
  for (let k = 0; k < BREAKER_BUCKETS; k++) {
    if (b.bucketEpoch[k] > epoch - BREAKER_BUCKETS) {
      calls += b.bucketCalls[k];
      failures += b.bucketFailures[k];
    }
  }
  if (calls >= spec.minimumCalls && failures >= spec.failureThreshold * calls)
    change(ctx, edge, b, { type: 'TRIP' });
}

/** The open period ended. */
export function onBreakerTimer(ctx: EngineContext, edge: number, gen: number): void {
  const b = ctx.s.edges[edge].breaker;
  if (!b || b.gen !== gen || b.value !== 'open') return;
  change(ctx, edge, b, { type: 'OPEN_ELAPSED' });
}
