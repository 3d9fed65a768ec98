/**
 * The discrete-event loop: pops events in (time, sequence) order, hashes each into the event
 * log hash, enforces the guard rails, and hands each to its handler. Handlers live in the
 * modules named after what they simulate (clients, calls, services, queues, faults).
 */
import { onBreakerTimer } from './breaker';
import { onCallArrive, onPublishArrive, onReply, onRetry, onTimeout } from './calls';
import {
  onArrival,
  onPollArrive,
  onPollDone,
  onPollSend,
  onPush,
  scheduleArrival,
  setClientRate,
} from './clients';
import { schedule } from './core';
import { EV_LINE, type LineEntry, takeHead } from './delayLines';
import { type PoppedEvent, popEvent } from './eventQueue';
import * as E from './events';
import { onFaultEnd, onFaultStart, onInstanceDown, onInstanceUp, onLbNotice, scheduleFault } from './faults';
import { onAckTimeout, onDeliver, onTtl } from './queues';
import { addLog } from './runLog';
import type { EngineContext } from './runState';
import { closeSecond } from './series';
import { onComputeDone } from './services';
import { MSG_DELIVERED, MSG_WAITING } from './state';
import { stopRun } from './stop';
import { KIND_CLIENT } from './topology';

const timeBits = new Float64Array(1);
const timeWords = new Uint32Array(timeBits.buffer);
const popped: PoppedEvent = { time: 0, type: 0, a: 0, b: 0 };
const lineEntry: LineEntry = { type: 0, a: 0, b: 0 };
/** The run being stepped; read by isStale (runs are synchronous, so one at a time). */
let current: EngineContext;

/** Timeouts and expiries whose subject has moved on are dropped before they reach the heap. */
function isStale(type: number, a: number, b: number): boolean {
  const pools = current.s.pools;
  if (type === E.EV_TIMEOUT) {
    const call = pools.calls[a];
    return !call.live || call.gen !== b;
  }
  if (type === E.EV_ACK_TIMEOUT) {
    const msg = pools.msgs[a];
    return msg.state !== MSG_DELIVERED || msg.dgen !== b;
  }
  if (type === E.EV_TTL) {
    const msg = pools.msgs[a];
    return msg.state !== MSG_WAITING || msg.gen !== b;
  }
  return false;
}

/** Schedules what a fresh run starts with: arrivals, faults, traffic changes, second ticks. */
export function startRun(ctx: EngineContext): void {
  ctx.topo.nodes.forEach((n, i) => {
    if (n.kind === KIND_CLIENT) scheduleArrival(ctx, i);
  });
  for (let i = 0; i < ctx.s.faults.length; i++) scheduleFault(ctx, i);
  for (let i = 0; i < ctx.s.traffic.length; i++)
    schedule(ctx, ctx.s.traffic[i].atS * 1000, E.EV_TRAFFIC, i, 0);
  schedule(ctx, Math.min(1000, ctx.s.endMs), E.EV_SECOND, 0, 0);
}

function dispatch(ctx: EngineContext, type: number, a: number, b: number): void {
  switch (type) {
    case E.EV_COMPUTE_DONE:
      onComputeDone(ctx, a, b);
      return;
    case E.EV_CALL_ARRIVE:
      onCallArrive(ctx, a, b);
      return;
    case E.EV_REPLY:
      onReply(ctx, a, b);
      return;
    case E.EV_TIMEOUT:
      onTimeout(ctx, a, b);
      return;
    case E.EV_ARRIVAL:
      onArrival(ctx, a, b);
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
      const start = a * 1000;
      closeSecond(ctx, start, ctx.s.now - start);
      if (ctx.s.now < ctx.s.endMs)
        schedule(ctx, Math.min(ctx.s.now + 1000, ctx.s.endMs), E.EV_SECOND, a + 1, 0);
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
    case E.EV_TRAFFIC: {
      const t = ctx.s.traffic[a];
      const client = ctx.topo.nodeIndex.get(t.target);
      if (client !== undefined) setClientRate(ctx, client, t.rate, ctx.s.nodes[client].surge);
      return;
    }
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
  let hash = s.hash;
  while (q.size > 0 && q.time[0] <= target) {
    popEvent(q, popped);
    if (popped.type === EV_LINE) {
      // The head of a delay line is due: run it as itself (delayLines.ts).
      current = ctx;
      takeHead(q, s.lines, popped.a, lineEntry, isStale);
      popped.type = lineEntry.type;
      popped.a = lineEntry.a;
      popped.b = lineEntry.b;
    }
    const t = popped.time;
    if (t === s.instantTime) {
      if (++s.instantEvents > limits.eventsPerInstant) {
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
      s.events--;
      s.hash = hash;
      stopRun(ctx, `events per run limit (${limits.eventsPerRun})`);
      return;
    }
    // FNV-1a over (time bits, type, subject): a cheap fingerprint of the whole event log.
    timeBits[0] = t;
    hash = Math.imul(hash ^ timeWords[0], 0x01000193);
    hash = Math.imul(hash ^ timeWords[1], 0x01000193);
    hash = Math.imul(hash ^ popped.type, 0x01000193);
    hash = Math.imul(hash ^ popped.a, 0x01000193);
    dispatch(ctx, popped.type, popped.a, popped.b);
    // A handler may have stopped the run at a guard rail.
    if ((s.state as string) === 'stopped') {
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
