/**
 * Faults of the scenario timeline (docs/document-format.md, Faults): crash (refuse or hang), rolling
 * redeploy with a health-check delay, slow, errors, capacity, partition, surge. Effects on
 * a node are recomputed from the list of active faults whenever one starts or ends, so
 * overlapping faults combine and end cleanly.
 */

import type { Fault } from '../model';
import { instancesWithWorkers, redeployedInstances, servesWhenUp } from './autoscale';
import { endFlush, startFlush } from './cache';
import { setClientRate } from './clients';
import { schedule } from './core';
import { dropHeldWork } from './crash';
import { pushEventWithSeq } from './eventQueue';
import { EV_FAULT_END, EV_FAULT_START, EV_INSTANCE_DOWN, EV_INSTANCE_UP, EV_LB_NOTICE } from './events';
import { dispatchSub } from './queues';
import { addLog } from './runLog';
import type { EngineContext } from './runState';
import { fillWorkers } from './services';
import { KIND_BALANCER, KIND_CLIENT, KIND_QUEUE, type NodeSpec } from './topology';

function fmtS(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

/** "payments (down: redeploy at 20.0 s)" — how a fault is named in root causes. */
export function describeFault(_ctx: EngineContext, f: Fault): string {
  const what =
    f.kind === 'crash'
      ? `down: crash (${f.mode})`
      : f.kind === 'redeploy'
        ? 'down: redeploy'
        : f.kind === 'slow'
          ? `slow ×${f.factor}`
          : f.kind === 'errors'
            ? `errors ${Math.round(f.rate * 100)} %`
            : f.kind === 'capacity'
              ? `capacity −${Math.round(f.fraction * 100)} %`
              : f.kind === 'partition'
                ? 'partition'
                : f.kind === 'flush'
                  ? 'flushed'
                  : `surge ×${f.factor}`;
  return `${what} at ${fmtS(f.startS * 1000)}`;
}

function targetLabel(ctx: EngineContext, f: Fault): string {
  if (f.kind === 'partition') {
    const e = ctx.topo.edges[ctx.topo.edgeIndex.get(f.target) ?? -1];
    return e ? `${ctx.topo.nodes[e.source].label} → ${ctx.topo.nodes[e.target].label}` : f.target;
  }
  const n = ctx.topo.nodeIndex.get(f.target);
  return n === undefined ? f.target : ctx.topo.nodes[n].label;
}

/** Puts a fault's start on the timeline. */
export function scheduleFault(ctx: EngineContext, index: number): void {
  const t = Math.max(ctx.s.faults[index].startS * 1000, ctx.s.now);
  pushEventWithSeq(ctx.s.queue, t, EV_FAULT_START, index, 0, index - FAULT_PRIORITY);
}

/** Fault starts sort before every other event at their instant, in timeline order. */
const FAULT_PRIORITY = 2 ** 40;

export function onFaultStart(ctx: EngineContext, index: number): void {
  const s = ctx.s;
  const f = s.faults[index];
  const startMs = s.now;
  const label = targetLabel(ctx, f);
  if (f.kind === 'partition') {
    const e = ctx.topo.edgeIndex.get(f.target);
    if (e === undefined) return;
    s.activeFaults.push(index);
    s.edges[e].partitionFault = index;
    schedule(ctx, startMs + f.durationS * 1000, EV_FAULT_END, index, 0);
    addLog(ctx, 'fault', f.target, `${label}: network partition`);
    return;
  }
  const node = ctx.topo.nodeIndex.get(f.target);
  if (node === undefined) return;
  const spec = ctx.topo.nodes[node];
  s.activeFaults.push(index);
  if (f.kind === 'flush') {
    startFlush(ctx, node);
    schedule(ctx, startMs + f.durationS * 1000, EV_FAULT_END, index, 0);
    addLog(
      ctx,
      'fault',
      f.target,
      `${label} flushed: every entry lost, bypassed for ${fmtS(f.durationS * 1000)}`,
    );
    return;
  }
  // An autoscaled service restarts the instances it runs now (autoscale.ts).
  const rolled = redeployedInstances(ctx, node);
  if (f.kind === 'redeploy' && spec.kind !== KIND_QUEUE && rolled > 0) {
    const each = f.durationS * 1000;
    for (let k = 0; k < rolled; k++) {
      schedule(ctx, startMs + k * each, EV_INSTANCE_DOWN, index, k);
      schedule(ctx, startMs + (k + 1) * each, EV_INSTANCE_UP, index, k);
    }
    schedule(ctx, startMs + rolled * each, EV_FAULT_END, index, 0);
    if (rolled > 1)
      addLog(ctx, 'fault', f.target, `${label} rolling redeploy: ${rolled} instances, ${fmtS(each)} each`);
    return;
  }
  schedule(ctx, startMs + f.durationS * 1000, EV_FAULT_END, index, 0);
  if (f.kind === 'crash' && spec.kind !== KIND_QUEUE) {
    for (let k = 0; k < spec.instances; k++)
      instanceDown(ctx, spec.firstInstance + k, index, false, f.mode === 'hang');
    for (let k = 0; k < spec.instances; k++)
      dropHeldWork(ctx, spec.firstInstance + k, index, f.mode === 'hang');
  }
  applyEffects(ctx, node);
  const text =
    f.kind === 'crash' || f.kind === 'redeploy'
      ? `${label} down (${f.kind}${f.kind === 'crash' ? `, ${f.mode === 'hang' ? 'hanging' : 'refusing'} calls` : ''})`
      : f.kind === 'slow'
        ? `${label} slowed ×${f.factor}`
        : f.kind === 'errors'
          ? `${label} failing ${Math.round(f.rate * 100)} % of requests`
          : f.kind === 'capacity'
            ? `${label} lost ${Math.round(f.fraction * 100)} % of its workers`
            : f.kind === 'surge'
              ? `${label} traffic ×${f.factor}`
              : label;
  addLog(ctx, 'fault', f.target, text);
}

export function onFaultEnd(ctx: EngineContext, index: number): void {
  const s = ctx.s;
  const f = s.faults[index];
  const at = s.activeFaults.indexOf(index);
  if (at >= 0) s.activeFaults.splice(at, 1);
  const label = targetLabel(ctx, f);
  if (f.kind === 'partition') {
    const e = ctx.topo.edgeIndex.get(f.target);
    if (e === undefined) return;
    s.edges[e].partitionFault = -1;
    for (const i of s.activeFaults)
      if (s.faults[i].kind === 'partition' && s.faults[i].target === f.target) s.edges[e].partitionFault = i;
    ctx.topo.subs.forEach((sub, k) => {
      if (sub.edge === e) dispatchSub(ctx, k);
    });
    addLog(ctx, 'recovery', f.target, `${label}: partition healed`);
    return;
  }
  const node = ctx.topo.nodeIndex.get(f.target);
  if (node === undefined) return;
  const spec = ctx.topo.nodes[node];
  if (f.kind === 'flush') {
    endFlush(ctx, node);
    addLog(ctx, 'recovery', f.target, `${label} storing entries again (flush ended)`);
    return;
  }
  if (f.kind === 'crash' && spec.kind !== KIND_QUEUE) {
    for (let k = 0; k < spec.instances; k++) instanceUp(ctx, spec.firstInstance + k);
  }
  applyEffects(ctx, node);
  if (f.kind !== 'redeploy' || spec.kind === KIND_QUEUE)
    addLog(ctx, 'recovery', f.target, `${label} recovered (${f.kind} ended)`);
  else addLog(ctx, 'recovery', f.target, `${label} redeploy finished`);
}

function instanceDown(
  ctx: EngineContext,
  inst: number,
  fault: number,
  redeploy: boolean,
  hang: boolean,
): void {
  const is = ctx.s.instances[inst];
  is.down++;
  is.downFault = fault;
  is.downByRedeploy = redeploy;
  is.hang = hang;
}

function instanceUp(ctx: EngineContext, inst: number): void {
  const is = ctx.s.instances[inst];
  if (is.down > 0) is.down--;
  if (is.down > 0) return;
  is.downFault = -1;
  is.downByRedeploy = false;
  is.hang = false;
  is.lbUp = servesWhenUp(ctx, inst);
  fillWorkers(ctx, inst);
}

/** Rolling redeploy: instance `k` of the target goes down. */
export function onInstanceDown(ctx: EngineContext, index: number, k: number): void {
  const s = ctx.s;
  const f = s.faults[index];
  if (f.kind !== 'redeploy') return;
  const node = ctx.topo.nodeIndex.get(f.target)!;
  const spec = ctx.topo.nodes[node];
  const inst = spec.firstInstance + k;
  instanceDown(ctx, inst, index, true, f.mode === 'hang');
  // Until the health check notices, the load balancer keeps sending traffic to it.
  if (f.healthCheckDelayS > 0) schedule(ctx, s.now + f.healthCheckDelayS * 1000, EV_LB_NOTICE, inst, index);
  else s.instances[inst].lbUp = false;
  const which = spec.instances > 1 ? ` instance ${instanceName(spec, k)}` : '';
  // With one instance the restart is the outage itself: a fault line; otherwise a health change.
  addLog(
    ctx,
    spec.instances > 1 ? 'health' : 'fault',
    f.target,
    `${spec.label}${which} restarting (redeploy)`,
  );
}

export function onInstanceUp(ctx: EngineContext, index: number, k: number): void {
  const f = ctx.s.faults[index];
  const node = ctx.topo.nodeIndex.get(f.target)!;
  const spec = ctx.topo.nodes[node];
  instanceUp(ctx, spec.firstInstance + k);
  if (spec.instances > 1)
    addLog(ctx, 'health', f.target, `${spec.label} instance ${instanceName(spec, k)} back up`);
}

/** "2/3"; an autoscaled service's instance by its number alone (its count changes). */
function instanceName(spec: NodeSpec, k: number): string {
  return spec.autoscale ? String(k + 1) : `${k + 1}/${spec.instances}`;
}

export function onLbNotice(ctx: EngineContext, inst: number): void {
  const is = ctx.s.instances[inst];
  if (is.down > 0) is.lbUp = false;
}

/** Recomputes slow / errors / capacity / queue-crash / surge effects on `node` from the active faults. */
export function applyEffects(ctx: EngineContext, node: number): void {
  const s = ctx.s;
  const ns = s.nodes[node];
  const spec = ctx.topo.nodes[node];
  const id = spec.id;
  let slow = 1;
  let slowFault = -1;
  let keep = 1;
  let errorFault = -1;
  let capacity = 1;
  let capacityFault = -1;
  let crashFault = -1;
  let surge = 1;
  for (const i of s.activeFaults) {
    const f = s.faults[i];
    if (f.target !== id) continue;
    if (f.kind === 'slow') {
      slow *= f.factor;
      slowFault = i;
    } else if (f.kind === 'errors') {
      keep *= 1 - f.rate;
      errorFault = i;
    } else if (f.kind === 'capacity') {
      capacity *= 1 - f.fraction;
      capacityFault = i;
    } else if (f.kind === 'surge') surge *= f.factor;
    else if (
      (spec.kind === KIND_QUEUE || spec.kind === KIND_BALANCER) &&
      (f.kind === 'crash' || f.kind === 'redeploy')
    )
      crashFault = i;
  }
  ns.slow = slow;
  ns.slowFault = slowFault;
  ns.errorRate = 1 - keep;
  ns.errorFault = errorFault;
  ns.capacityLeft = capacity;
  ns.capacityFault = capacityFault;
  const wasCrashed = ns.crashFault >= 0;
  ns.crashFault = crashFault;
  if (spec.kind === KIND_CLIENT) {
    if (surge !== ns.surge) setClientRate(ctx, node, ns.rate, surge);
    return;
  }
  if (spec.kind === KIND_QUEUE) {
    if (wasCrashed && crashFault < 0) for (const sub of spec.subs) dispatchSub(ctx, sub);
    return;
  }
  const workers = Math.max(0, spec.workers - Math.round(spec.workers * (1 - capacity)));
  ns.workers = workers * instancesWithWorkers(ctx, node);
  for (let k = 0; k < spec.instances; k++) {
    const inst = spec.firstInstance + k;
    const grew = workers > s.instances[inst].workers;
    s.instances[inst].workers = workers;
    if (grew) fillWorkers(ctx, inst);
  }
}
