/**
 * The discrete-event loop: pops events in (time, sequence) order, hashes each into the event
 * log hash, enforces the guard rails, and hands each to its handler. Handlers live in the
 * modules named after what they simulate (clients, calls, services, queues, faults).
 */
import { onBootDone, onScaleCheck, startAutoscale } from './autoscale';
import { balancerCallDone } from './balancer';
import {
  onEjectionEnd,
  onProbeArrive,
  onProbeResult,
  onProbeRound,
  startHealthChecks,
} from './balancerHealth';
import { onBreakerTimer } from './breaker';
import { onCacheCallDone, onCacheLookup } from './cache';
import { onCallArrive, onPublishArrive, onReply, onRetry, onTimeout, startCall } from './calls';
import {
  onArrival,
  onMessageSettled,
  onPollArrive,
  onPollDone,
  onPollSend,
  onPush,
  onRequestReply,
  scheduleArrival,
  sendUserRequest,
  setClientRate,
} from './clients';
import { schedule } from './core';
import { takeHead } from './delayLines';
import { settleEarliest } from './eventQueue';
import * as E from './events';
import { EV_LINE, type EventType } from './events';
import { onFaultEnd, onFaultStart, onInstanceDown, onInstanceUp, onLbNotice, scheduleFault } from './faults';
import { onAckTimeout, onDeliver, onTtl, publishToQueue, pullMessages, settleDelivery } from './queues';
import { addLog } from './runLog';
import type { EngineContext, EngineHandlers } from './runState';
import { closeSecond } from './series';
import { onComputeDone, onJobCallDone, stopAbandoned } from './services';
import { stopRun } from './stop';
import { KIND_CACHE, KIND_CLIENT } from './topology';
import { onUserSend, onUsersChange, startUsers } from './users';

/**
 * A job's downstream call ended: a cache's miss (cache.ts), a load balancer's call passed on
 * (balancer.ts: its job only waits on it), or a service's call (services.ts).
 */
const jobCallDone: EngineHandlers['jobCallDone'] = (ctx, j, gen, ok, rpc, fallback, fail) => {
  const spec = ctx.topo.nodes[ctx.s.pools.jobs[j].node];
  if (spec.kind === KIND_CACHE) onCacheCallDone(ctx, j, gen, ok, fallback, fail);
  else if (spec.balancer) balancerCallDone(ctx, j, gen, ok, fail);
  else onJobCallDone(ctx, j, gen, ok, rpc, fallback, fail);
};

/**
 * How calls, clients, services and queues reach one another (runState.ts EngineHandlers):
 * the table the dispatcher owns, so none of the four imports another.
 */
export const ENGINE_HANDLERS: EngineHandlers = Object.freeze({
  startCall,
  publishToQueue,
  pullMessages,
  settleDelivery,
  jobCallDone,
  requestReply: onRequestReply,
  messageSettled: onMessageSettled,
  stopAbandoned,
});

/** The series' tick: one row (or one share of a thinned bucket) per simulated second (series.ts). */
const SECOND_MS = 1000;

/** Schedules what a fresh run starts with: arrivals, faults, traffic changes, second ticks. */
export function startRun(ctx: EngineContext): void {
  ctx.topo.nodes.forEach((n, i) => {
    if (n.kind !== KIND_CLIENT) return;
    if (n.closed) startUsers(ctx, i);
    else {
      ctx.s.nodes[i].followSchedule = n.schedule !== null;
      scheduleArrival(ctx, i);
    }
  });
  for (let i = 0; i < ctx.s.faults.length; i++) scheduleFault(ctx, i);
  startHealthChecks(ctx);
  for (let i = 0; i < ctx.s.traffic.length; i++)
    schedule(ctx, ctx.s.traffic[i].atS * 1000, E.EV_TRAFFIC, i, 0);
  schedule(ctx, Math.min(SECOND_MS, ctx.s.endMs), E.EV_SECOND, 0, 0);
  startAutoscale(ctx);
}

function dispatch(ctx: EngineContext, type: EventType, a: number, b: number): void {
  switch (type) {
    case E.EV_COMPUTE_DONE:
      // At a cache the compute step is the lookup (cache.ts).
      if (ctx.topo.nodes[ctx.s.pools.jobs[a].node].kind === KIND_CACHE) onCacheLookup(ctx, a, b);
      else onComputeDone(ctx, a, b);
      return;
    case E.EV_CALL_ARRIVE:
      onCallArrive(ctx, a, b);
      return;
    case E.EV_REPLY:
      onReply(ctx, a, b);
      return;
    case E.EV_ARRIVAL:
      onArrival(ctx, a, b);
      return;
    case E.EV_TIMEOUT:
      onTimeout(ctx, a, b);
      return;
    case E.EV_RETRY:
      onRetry(ctx, a, b);
      return;
    case E.EV_PUBLISH_ARRIVE:
      onPublishArrive(ctx, a, b);
      return;
    case E.EV_DELIVER:
      onDeliver(ctx, a, b);
      return;
    case E.EV_ACK_TIMEOUT:
      onAckTimeout(ctx, a, b);
      return;
    case E.EV_TTL:
      onTtl(ctx, a, b);
      return;
    case E.EV_SECOND: {
      const start = a * SECOND_MS;
      closeSecond(ctx, start, ctx.s.now - start);
      if (ctx.s.now < ctx.s.endMs)
        schedule(ctx, Math.min(ctx.s.now + SECOND_MS, ctx.s.endMs), E.EV_SECOND, a + 1, 0);
      return;
    }
    case E.EV_FAULT_START:
      onFaultStart(ctx, a);
      return;
    case E.EV_FAULT_END:
      onFaultEnd(ctx, a);
      return;
    case E.EV_INSTANCE_DOWN:
      onInstanceDown(ctx, a, b);
      return;
    case E.EV_INSTANCE_UP:
      onInstanceUp(ctx, a, b);
      return;
    case E.EV_LB_NOTICE:
      onLbNotice(ctx, a);
      return;
    case E.EV_BREAKER_TIMER:
      onBreakerTimer(ctx, a, b);
      return;
    case E.EV_POLL_SEND:
      onPollSend(ctx, a, b);
      return;
    case E.EV_POLL_ARRIVE:
      onPollArrive(ctx, a, b);
      return;
    case E.EV_POLL_DONE:
      onPollDone(ctx, a, b);
      return;
    case E.EV_PUSH:
      onPush(ctx, a, b);
      return;
    case E.EV_PROBE_ROUND:
      onProbeRound(ctx, a);
      return;
    case E.EV_PROBE_ARRIVE:
      onProbeArrive(ctx, a);
      return;
    case E.EV_PROBE_RESULT:
      onProbeResult(ctx, a, b);
      return;
    case E.EV_EJECTION_END:
      onEjectionEnd(ctx, a, b);
      return;
    case E.EV_TRAFFIC: {
      const t = ctx.s.traffic[a];
      const client = ctx.topo.nodeIndex.get(t.target);
      if (client === undefined) return;
      // A traffic change replaces the client's rate schedule from now on (docs/traffic.md).
      ctx.s.nodes[client].followSchedule = false;
      setClientRate(ctx, client, t.rate, ctx.s.nodes[client].surge);
      return;
    }
    case E.EV_SCALE_CHECK:
      onScaleCheck(ctx, a);
      return;
    case E.EV_BOOT_DONE:
      onBootDone(ctx, a, b);
      return;
    case E.EV_USER_SEND:
      onUserSend(ctx, a, sendUserRequest);
      return;
    case E.EV_USERS:
      onUsersChange(ctx, a, b);
      return;
  }
}

/** Runs every event up to and including `untilMs` (capped at the end of the run). */
export function runUntil(ctx: EngineContext, untilMs: number): void {
  const s = ctx.s;
  if (s.state === 'finished' || s.state === 'stopped') return;
  s.state = 'running';
  const target = Math.min(untilMs, s.endMs);
  const q = s.queue;
  const limits = ctx.limits;
  const { lineEntry } = ctx.scratch;
  // `| 0`: the hash is a 32-bit pattern (the report prints it `>>> 0`). Its first value is
  // above 2^31, which V8 keeps as a double: said to be an int32, it stays one in a register.
  let hash = s.hash | 0;
  // A local int: the module-level constant is reloaded and checked at every use.
  const lineEvent = EV_LINE | 0;
  while (q.size > 0 && q.time[0] <= target) {
    // The time's bits for the hash below, read in place through the queue's second view of
    // its time array (eventQueue.ts timeWords), before a push can reuse the root's slot.
    const words = q.timeWords;
    const timeLo = words[0];
    const timeHi = words[1];
    // takeEarliest (eventQueue.ts) in place: the root is position 0 of the heap, its payload
    // in the slot it names, read into locals rather than a scratch object (which costs a
    // store and a load per field). The root stays in the heap while the event runs, and its
    // first push reuses it.
    const t = q.time[0];
    const root = q.slot[0];
    const payload = q.payload;
    const p = root << 2;
    let type = payload[p];
    let a = payload[p | 1];
    let b = payload[p | 2];
    q.rootTaken = true;
    if (type === lineEvent) {
      // The head of a delay line is due: run it as itself (delayLines.ts).
      takeHead(q, s.lines, a, lineEntry, s.pools);
      type = lineEntry.type;
      a = lineEntry.a;
      b = lineEntry.b;
    }
    if (t === s.instantTime) {
      if (++s.instantEvents > limits.eventsPerInstant) {
        settleEarliest(q);
        s.hash = hash;
        stopRun(
          ctx,
          `events at one instant limit (${limits.eventsPerInstant} at ${(t / 1000).toFixed(3)} s)`,
        );
        return;
      }
    } else {
      s.instantTime = t;
      s.instantEvents = 1;
    }
    s.now = t;
    if (++s.events > limits.eventsPerRun) {
      settleEarliest(q);
      s.events--;
      s.hash = hash;
      stopRun(ctx, `events per run limit (${limits.eventsPerRun})`);
      return;
    }
    // FNV-1a over (time bits, type, subject): a cheap fingerprint of the whole event log.
    hash = Math.imul(hash ^ timeLo, 0x01000193);
    hash = Math.imul(hash ^ timeHi, 0x01000193);
    hash = Math.imul(hash ^ type, 0x01000193);
    hash = Math.imul(hash ^ a, 0x01000193);
    // The queue stores codes as plain numbers; only EV_* codes are ever scheduled (core.ts).
    dispatch(ctx, type as EventType, a, b);
    settleEarliest(q);
    // A handler may have stopped the run at a guard rail.
    if (s.stopped === true) {
      s.hash = hash;
      return;
    }
    if (q.size > limits.pendingEvents) {
      s.hash = hash;
      stopRun(ctx, `pending events limit (${limits.pendingEvents})`);
      return;
    }
  }
  s.hash = hash;
  if (target > s.now) s.now = target;
  if (s.now >= s.endMs) {
    s.state = 'finished';
    addLog(ctx, 'finished', '', `Run finished at ${(s.endMs / 1000).toFixed(1)} s`);
  }
}
