/**
 * Load balancers: a call that reaches a balancer is passed on over one of its outgoing RPC
 * edges (its backends), picked per call by the balancer's strategy among the backends that
 * neither health checks nor outlier ejection have taken out (balancerHealth.ts). The
 * balancer does no work of its own and adds no time: the pick happens the instant the call
 * arrives. Its answer — the backend's, success or failure, passed through unchanged — goes
 * back over the caller's edge as a service's would. Every attempt of the caller is a new
 * call at the balancer, so a retry is balanced anew and may reach another backend.
 *
 * Nothing here keeps a backend from being picked but health checks and ejection: a backend
 * that refuses at once answers fastest, so under least outstanding it draws more calls than
 * its share ("sinkholing").
 */

import { nodeFailed } from './admission';
import { noteCallOutcome } from './balancerHealth';
import { STRATEGY_LEAST_OUTSTANDING, STRATEGY_POWER_OF_TWO, STRATEGY_RANDOM } from './balancerSpec';
import { type BalancerState, backendAvailable } from './balancerState';
import { C_NO_BACKEND, C_REFUSED } from './causes';
import { addTransfer, scheduleOn } from './core';
import { EV_REPLY, T_FAILURE, T_REPLY } from './events';
import { freeJob, newJob } from './jobs';
import { nextUnit, PURPOSE } from './random';
import { type EngineContext, lineBack, nodeStream } from './runState';
import { attemptStale } from './staleness';
import { copyFailure, type Failure, fillFailure, JOB_CALLING, JOB_FOR_CALL, PARENT_JOB } from './state';

/**
 * The backend (index into the balancer's `out`) for the next call, or -1 when none is
 * available. Round robin takes the next available one in turn; random one of the available
 * ones at random; least outstanding the one with the fewest calls in progress (ties go to
 * the first from where round robin stands, so equals share evenly); power of two choices
 * draws two distinct available backends and takes the one with fewer in progress.
 */
export function pickBackend(ctx: EngineContext, node: number): number {
  const spec = ctx.topo.nodes[node];
  const b = ctx.s.balancers[node]!;
  const n = spec.out.length;
  let available = 0;
  for (let k = 0; k < n; k++) if (backendAvailable(b, k)) available++;
  if (available === 0) return -1;
  const strategy = spec.balancer!.strategy;
  if (strategy === STRATEGY_RANDOM) {
    const u = nextUnit(ctx.s.rng, nodeStream(node, PURPOSE.route));
    return nthAvailable(b, n, Math.floor(u * available));
  }
  if (strategy === STRATEGY_POWER_OF_TWO) {
    if (available === 1) return nthAvailable(b, n, 0);
    const stream = nodeStream(node, PURPOSE.route);
    const first = Math.floor(nextUnit(ctx.s.rng, stream) * available);
    let second = Math.floor(nextUnit(ctx.s.rng, stream) * (available - 1));
    if (second >= first) second++;
    const x = nthAvailable(b, n, first);
    const y = nthAvailable(b, n, second);
    return b.outstanding[y] < b.outstanding[x] ? y : x;
  }
  let best = -1;
  for (let i = 0; i < n; i++) {
    const k = (b.rr + i) % n;
    if (!backendAvailable(b, k)) continue;
    if (strategy !== STRATEGY_LEAST_OUTSTANDING) {
      best = k;
      break;
    }
    if (best < 0 || b.outstanding[k] < b.outstanding[best]) best = k;
  }
  b.rr = (best + 1) % n;
  return best;
}

/** The `i`-th available backend, in document order. */
function nthAvailable(b: BalancerState, n: number, i: number): number {
  for (let k = 0; k < n; k++) if (backendAvailable(b, k) && i-- === 0) return k;
  return -1;
}

function balancerOf(ctx: EngineContext, node: number): BalancerState {
  return ctx.s.balancers[node]!;
}

/**
 * Attempt `gen` of call `c` reached balancer `node`: pass it on to a backend, or fail it at
 * once with `noBackend` when none is available.
 */
export function balancerArrive(ctx: EngineContext, node: number, c: number, gen: number): void {
  const s = ctx.s;
  const call = s.pools.calls[c];
  const ns = s.nodes[node];
  ns.received++;
  ns.secReceived++;
  if (ns.crashFault >= 0) {
    // Crashed: new calls are refused, or get no answer and the caller's timeout decides.
    // Calls it passed on before the crash still get their answers back.
    const crash = s.faults[ns.crashFault];
    if (crash.kind === 'crash' && crash.mode === 'hang') {
      call.hangFault = ns.crashFault;
      return;
    }
    nodeFailed(ctx, node, C_REFUSED);
    call.ok = false;
    fillFailure(call.fail, C_REFUSED, node, ns.crashFault, call.edge);
    answer(ctx, c, gen, false);
    return;
  }
  const k = pickBackend(ctx, node);
  if (k < 0) {
    const b = balancerOf(ctx, node);
    b.noBackend++;
    nodeFailed(ctx, node, C_NO_BACKEND);
    call.ok = false;
    fillFailure(call.fail, C_NO_BACKEND, node, -1, call.edge);
    answer(ctx, c, gen, false);
    return;
  }
  const j = newJob(ctx, node, -1, JOB_FOR_CALL, c, gen, call.req, call.reqGen, call.depth);
  const job = s.pools.jobs[j];
  job.state = JOB_CALLING;
  job.arrivedAt = s.now;
  job.startedAt = s.now;
  job.nextCall = k; // The backend it went to.
  call.job = j;
  call.jobGen = job.gen;
  const b = balancerOf(ctx, node);
  b.outstanding[k]++;
  b.requests[k]++;
  const edge = ctx.topo.nodes[node].out[k];
  ctx.handlers.startCall(ctx, edge, PARENT_JOB, j, job.gen, call.req, call.reqGen, call.depth + 1);
}

/** The balancer's call to a backend ended (after that edge's own retries): answer the caller. */
export function balancerCallDone(
  ctx: EngineContext,
  j: number,
  gen: number,
  ok: boolean,
  fail: Failure,
): void {
  const s = ctx.s;
  const job = s.pools.jobs[j];
  if (job.gen !== gen || job.state !== JOB_CALLING) return;
  const node = job.node;
  const k = job.nextCall;
  const b = balancerOf(ctx, node);
  b.outstanding[k]--;
  noteCallOutcome(ctx, node, k, ok, fail);
  const ns = s.nodes[node];
  if (ok) {
    ns.ok++;
    ns.secNodeOk++;
  } else nodeFailed(ctx, node, fail.cause);
  const call = s.pools.calls[job.parent];
  if (!attemptStale(call, job.parentGen)) {
    call.ok = ok;
    // Passed through unchanged: the caller sees the backend's own failure and its root.
    if (!ok) copyFailure(call.fail, fail);
    answer(ctx, job.parent, job.parentGen, ok);
  } else if (ok) ns.abandoned++;
  freeJob(ctx, j);
}

/**
 * Where a client's poll sent to balancer `node` is served: at a backend the balancer picks
 * (through further balancers, if any), or -1 when none is available. A poll is no call: the
 * backend's counts of calls sent do not include it, and the hop behind the balancer adds no
 * time to it (the poll travels and is answered over the client's own edge).
 */
export function pollTarget(ctx: EngineContext, node: number): number {
  let n = node;
  for (let hops = 0; ctx.topo.nodes[n].balancer; hops++) {
    if (hops >= ctx.limits.hopsPerRequest) return -1;
    const k = pickBackend(ctx, n);
    if (k < 0) return -1;
    n = ctx.topo.edges[ctx.topo.nodes[n].out[k]].target;
  }
  return n;
}

/** Sends the outcome of call `c`'s attempt `gen` back over the caller's edge. */
function answer(ctx: EngineContext, c: number, gen: number, ok: boolean): void {
  const s = ctx.s;
  const call = s.pools.calls[c];
  const latency = ctx.topo.edges[call.edge].latencyMs;
  scheduleOn(ctx, lineBack(call.edge), s.now + latency, EV_REPLY, c, gen);
  addTransfer(ctx, call.edge, ok ? T_REPLY : T_FAILURE, true, s.now, s.now + latency);
}
