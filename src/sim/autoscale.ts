/**
 * Autoscaling of a service's instances (docs/engine.md, Autoscaling). Every evaluation
 * interval the autoscaler samples its metric and computes the instances it wants; it moves
 * towards them by at most `step` instances per decision, within [min, max], and not within a
 * cooldown. A new instance boots for the cold start before it serves; an instance taken away
 * drains (no new work; it finishes what it holds) and only then is gone. Decisions are
 * engine events, so a run stays deterministic and replays from any checkpoint.
 *
 * With faults: a crash takes down every slot of the service, so an instance that boots
 * during the crash is down as well until the crash ends; a rolling redeploy restarts the
 * instances that exist when it starts (instances added during it are already the new
 * version). While no instance is live the utilisation and backlog rules hold still (they
 * have nothing to measure); the queue-depth rule still scales out, as the depth is seen
 * from the queue.
 */
import type { AutoscaleSpec } from './autoscaleSpec';
import { METRIC_BACKLOG, METRIC_QUEUE_DEPTH, METRIC_UTILISATION } from './autoscaleSpec';
import {
  INSTANCE_BOOTING,
  INSTANCE_DRAINING,
  INSTANCE_LIVE,
  INSTANCE_OFF,
  type ScalerState,
  touchScaler,
} from './autoscaleState';
import { schedule, touchArea } from './core';
import { EV_BOOT_DONE, EV_SCALE_CHECK } from './events';
import { addLog } from './runLog';
import type { EngineContext } from './runState';
import { fifoSize } from './state';

/** What the autoscaler sees at one evaluation. */
export interface ScaleSample {
  /** Live instances that are up now (not crashed or restarting). */
  live: number;
  /**
   * Busy worker time and the worker time there was, over the interval since the last
   * evaluation (live and draining instances): their ratio is the utilisation.
   */
  busy: number;
  workers: number;
  /** Work waiting: the service's backlog, or the depth of the queues it consumes from. */
  waiting: number;
}

/** Guards ceil() against a product such as 2 × 0.7 ÷ 0.7 landing a hair above 2. */
const EPSILON = 1e-9;

/**
 * The instances the rule wants for `sample`, within [min, max]; null when it has nothing to
 * measure (no live worker for utilisation, no live instance for backlog). The target is
 * tracked: ceil(live × metric ÷ target), where the metric is the busy fraction of live
 * workers, or the work waiting per live instance (so the latter is ceil(waiting ÷ target)).
 */
export function desiredInstances(a: AutoscaleSpec, sample: ScaleSample): number | null {
  let want: number;
  if (a.metric === METRIC_UTILISATION) {
    if (sample.live === 0 || sample.workers === 0) return null;
    want = (sample.live * (sample.busy / sample.workers)) / a.target;
  } else {
    if (a.metric === METRIC_BACKLOG && sample.live === 0) return null;
    want = sample.waiting / a.target;
  }
  return Math.min(a.max, Math.max(a.min, Math.ceil(want - EPSILON)));
}

/**
 * How many instances to add (positive) or take away (negative) now, from the instances
 * provisioned (live and booting: capacity already on its way counts), the desired count,
 * and when the last scale-out and the last scaling of either way happened (-1: never).
 * Scale-out waits its cooldown after the last scale-out; scale-in waits its own after any
 * scaling, so a surge's new instances are not taken away as soon as they help.
 */
export function scaleDelta(
  a: AutoscaleSpec,
  provisioned: number,
  desired: number,
  nowMs: number,
  lastOutMs: number,
  lastChangeMs: number,
): number {
  if (desired > provisioned) {
    if (lastOutMs >= 0 && nowMs - lastOutMs < a.scaleOutCooldownMs) return 0;
    return Math.min(a.step, desired - provisioned);
  }
  if (desired < provisioned) {
    if (lastChangeMs >= 0 && nowMs - lastChangeMs < a.scaleInCooldownMs) return 0;
    return -Math.min(a.step, provisioned - desired);
  }
  return 0;
}

/** Schedules every autoscaled service's first evaluation (a fresh run). */
export function startAutoscale(ctx: EngineContext): void {
  for (let k = 0; k < ctx.s.scalers.length; k++) {
    const a = ctx.topo.nodes[ctx.s.scalers[k].node].autoscale!;
    scheduleCheck(ctx, k, a.intervalMs);
  }
}

function scheduleCheck(ctx: EngineContext, k: number, t: number): void {
  // Checks past the end never run: leave them out of the heap.
  if (t <= ctx.s.endMs) schedule(ctx, t, EV_SCALE_CHECK, k, 0);
}

/**
 * What the autoscaler of `node` sees now: utilisation is averaged over the interval since
 * the last evaluation (a sample of one instant would scale on noise); the rest is sampled now.
 */
export function sampleScaler(ctx: EngineContext, node: number): ScaleSample {
  const s = ctx.s;
  const spec = ctx.topo.nodes[node];
  const a = spec.autoscale!;
  const sc = s.scalers[a.index];
  let live = 0;
  for (let k = 0; k < spec.instances; k++) {
    const is = s.instances[spec.firstInstance + k];
    if (is.phase === INSTANCE_LIVE && is.down === 0) live++;
  }
  const ns = s.nodes[node];
  touchArea(ns, s.now);
  touchScaler(sc, s.now);
  const serving = sc.liveArea + sc.drainingArea;
  const busy = ns.busyArea - sc.evalBusyArea;
  const workers = (serving - sc.evalServingArea) * s.instances[spec.firstInstance].workers;
  sc.evalBusyArea = ns.busyArea;
  sc.evalServingArea = serving;
  let waiting = 0;
  if (a.metric === METRIC_BACKLOG) waiting = s.nodes[node].backlog;
  else if (a.metric === METRIC_QUEUE_DEPTH) for (const sub of spec.consumes) waiting += s.subs[sub].waiting;
  return { live, busy, workers, waiting };
}

/** An autoscaled service evaluates its metric and scales (event `EV_SCALE_CHECK`). */
export function onScaleCheck(ctx: EngineContext, k: number): void {
  const s = ctx.s;
  const sc = s.scalers[k];
  const spec = ctx.topo.nodes[sc.node];
  const a = spec.autoscale!;
  scheduleCheck(ctx, k, s.now + a.intervalMs);
  // A drain that could not finish on a worker's release (no worker to release) ends here.
  for (let i = 0; i < spec.instances; i++) retireIfIdle(ctx, spec.firstInstance + i);
  const desired = desiredInstances(a, sampleScaler(ctx, sc.node));
  if (desired === null) return;
  const provisioned = sc.live + sc.booting;
  const delta = scaleDelta(a, provisioned, desired, s.now, sc.lastOutMs, sc.lastChangeMs);
  if (delta === 0) return;
  sc.lastChangeMs = s.now;
  if (delta > 0) {
    sc.lastOutMs = s.now;
    sc.scaleOuts++;
    for (let n = 0; n < delta; n++) addInstance(ctx, sc);
    const boot = sc.booting > 0 ? `, ${sc.booting} booting (${(a.coldStartMs / 1000).toFixed(1)} s)` : '';
    addLog(ctx, 'health', spec.id, `${spec.label} scaling out to ${sc.live + sc.booting} instances${boot}`);
  } else {
    sc.scaleIns++;
    for (let n = 0; n < -delta; n++) removeInstance(ctx, sc);
    const draining = sc.draining > 0 ? `, ${sc.draining} draining` : '';
    addLog(
      ctx,
      'health',
      spec.id,
      `${spec.label} scaling in to ${sc.live + sc.booting} instances${draining}`,
    );
  }
  if (sc.live + sc.booting > sc.peak) sc.peak = sc.live + sc.booting;
}

/** Scale-out by one: a draining instance is taken back first (it is warm), else a free slot boots. */
function addInstance(ctx: EngineContext, sc: ScalerState): void {
  const s = ctx.s;
  const spec = ctx.topo.nodes[sc.node];
  const a = spec.autoscale!;
  for (let k = spec.instances - 1; k >= 0; k--) {
    const inst = spec.firstInstance + k;
    if (s.instances[inst].phase === INSTANCE_DRAINING) {
      becomeLive(ctx, sc, inst);
      return;
    }
  }
  for (let k = 0; k < spec.instances; k++) {
    const inst = spec.firstInstance + k;
    const is = s.instances[inst];
    if (is.phase !== INSTANCE_OFF) continue;
    if (a.coldStartMs > 0) {
      setPhase(ctx, sc, inst, INSTANCE_BOOTING);
      schedule(ctx, s.now + a.coldStartMs, EV_BOOT_DONE, inst, is.bootGen);
    } else becomeLive(ctx, sc, inst);
    return;
  }
}

/** Scale-in by one: the newest booting instance is cancelled first, else the newest live one drains. */
function removeInstance(ctx: EngineContext, sc: ScalerState): void {
  const s = ctx.s;
  const spec = ctx.topo.nodes[sc.node];
  for (const phase of [INSTANCE_BOOTING, INSTANCE_LIVE]) {
    for (let k = spec.instances - 1; k >= 0; k--) {
      const inst = spec.firstInstance + k;
      const is = s.instances[inst];
      if (is.phase !== phase) continue;
      if (phase === INSTANCE_BOOTING) {
        is.bootGen++;
        setPhase(ctx, sc, inst, INSTANCE_OFF);
      } else {
        setPhase(ctx, sc, inst, INSTANCE_DRAINING);
        retireIfIdle(ctx, inst);
      }
      return;
    }
  }
}

/** A new instance's cold start is over (event `EV_BOOT_DONE`): it serves. */
export function onBootDone(ctx: EngineContext, inst: number, bootGen: number): void {
  const s = ctx.s;
  const is = s.instances[inst];
  if (is.bootGen !== bootGen || is.phase !== INSTANCE_BOOTING) return;
  const node = ctx.topo.instanceNode[inst];
  const sc = s.scalers[ctx.topo.nodes[node].autoscale!.index];
  becomeLive(ctx, sc, inst);
}

function becomeLive(ctx: EngineContext, sc: ScalerState, inst: number): void {
  const is = ctx.s.instances[inst];
  setPhase(ctx, sc, inst, INSTANCE_LIVE);
  // A slot restarting in a redeploy stays out of the load balancer until it is back.
  if (is.down > 0 && is.downByRedeploy) is.lbUp = false;
  if (is.down === 0) ctx.handlers.pullMessages(ctx, sc.node);
}

/**
 * A draining instance that holds no work any more is gone. Called when one of its workers
 * is released (services.ts) and at every evaluation.
 */
export function retireIfIdle(ctx: EngineContext, inst: number): void {
  const s = ctx.s;
  const is = s.instances[inst];
  if (is.phase !== INSTANCE_DRAINING || is.busy > 0 || fifoSize(is.backlog) > 0) return;
  const node = ctx.topo.instanceNode[inst];
  setPhase(ctx, s.scalers[ctx.topo.nodes[node].autoscale!.index], inst, INSTANCE_OFF);
}

/** Moves an instance to `phase`, keeping the counts, their integrals, the load balancer and the node's workers in step. */
function setPhase(ctx: EngineContext, sc: ScalerState, inst: number, phase: number): void {
  const s = ctx.s;
  const is = s.instances[inst];
  touchScaler(sc, s.now);
  count(sc, is.phase, -1);
  count(sc, phase, 1);
  is.phase = phase;
  is.lbUp = phase === INSTANCE_LIVE;
  s.nodes[sc.node].workers = is.workers * (sc.live + sc.draining);
  sc.extent = redeployedInstances(ctx, sc.node);
}

function count(sc: ScalerState, phase: number, by: number): void {
  if (phase === INSTANCE_LIVE) sc.live += by;
  else if (phase === INSTANCE_BOOTING) sc.booting += by;
  else if (phase === INSTANCE_DRAINING) sc.draining += by;
}

/** Instances of `node` that hold workers now: all of them, or an autoscaled service's live and draining ones. */
export function instancesWithWorkers(ctx: EngineContext, node: number): number {
  const spec = ctx.topo.nodes[node];
  if (!spec.autoscale) return spec.instances;
  const sc = ctx.s.scalers[spec.autoscale.index];
  return sc.live + sc.draining;
}

/**
 * The instances a rolling redeploy of `node` restarts, one by one from the first: all of
 * them, or for an autoscaled service every slot up to the last one in use when it starts
 * (which is also its extent, autoscaleState.ts).
 */
export function redeployedInstances(ctx: EngineContext, node: number): number {
  const spec = ctx.topo.nodes[node];
  if (!spec.autoscale) return spec.instances;
  for (let k = spec.instances - 1; k >= 0; k--)
    if (ctx.s.instances[spec.firstInstance + k].phase !== INSTANCE_OFF) return k + 1;
  return 0;
}

/** Whether the load balancer may take an instance back once it is up again (only a live one). */
export function servesWhenUp(ctx: EngineContext, inst: number): boolean {
  return ctx.s.instances[inst].phase === INSTANCE_LIVE;
}
