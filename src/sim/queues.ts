/**
 * Queues: publish (refused when the broker is down or full), one subscription per outgoing
 * edge (a publish puts a copy on each), competing consumers that pull when they have a free
 * worker, ack on success, redelivery on failure or ack timeout until the attempts run out,
 * then the dead-letter queue; and time-to-live. A consumer that is down does not pull, so
 * messages wait without burning attempts.
 */

import { beginCompute } from './admission';
import { INSTANCE_LIVE, slotsInUse } from './autoscaleState';
import { C_QUEUE_FULL, C_REFUSED, C_TIMEOUT, type CauseCode } from './causes';
import { addTransfer, scheduleOn, touchArea } from './core';
import { EV_ACK_TIMEOUT, EV_DELIVER, EV_TTL, T_DELIVERY } from './events';
import { newJob } from './jobs';
import { nextUnit, PURPOSE } from './random';
import { noteRecentFailure } from './recentRoles';
import { type EngineContext, lineAck, lineForward, lineTtl, nodeStream } from './runState';
import { deliveryStale, expiryStale } from './staleness';
import {
  allocMsg,
  type Failure,
  fifoPeek,
  fifoPush,
  fifoShift,
  fifoSize,
  fifoUnshift,
  fillFailure,
  JOB_FOR_MESSAGE,
  MSG_DEAD,
  MSG_DELIVERED,
  MSG_FREE,
  MSG_WAITING,
} from './state';
import { stopRun } from './stop';

/** Puts one copy of a message on every subscription of queue `q`; false (with `fail`) when refused. */
export function publishToQueue(
  ctx: EngineContext,
  q: number,
  req: number,
  reqGen: number,
  depth: number,
  fail: Failure,
) {
  const s = ctx.s;
  const spec = ctx.topo.nodes[q];
  const qs = s.nodes[q];
  qs.received++;
  qs.secReceived++;
  const copies = spec.subs.length;
  const cause = qs.crashFault >= 0 ? C_REFUSED : qs.depth + copies > spec.capacity ? C_QUEUE_FULL : -1;
  if (cause !== -1) {
    qs.failed++;
    qs.secNodeFailed++;
    qs.failedBy[cause]++;
    if (cause === C_QUEUE_FULL) qs.rejected++;
    fillFailure(fail, cause, q, cause === C_REFUSED ? qs.crashFault : -1, fail.rootEdge);
    qs.rootedHere++;
    noteRecentFailure(qs, s.now, true);
    return false;
  }
  if (s.req.live + s.msg.live + s.liveJobs + copies > ctx.limits.inFlight) {
    stopRun(ctx, `requests in flight limit (${ctx.limits.inFlight})`);
  }
  qs.ok++;
  qs.secNodeOk++;
  qs.published++;
  const request = req >= 0 ? s.pools.reqs[req] : null;
  const live = request !== null && request.gen === reqGen;
  // Drawn once per publish (every subscriber gets the same bad payload), and only when the
  // queue has poison at all, so other documents keep their random streams as they were.
  const poison = spec.poisonRate > 0 && nextUnit(s.rng, nodeStream(q, PURPOSE.error)) < spec.poisonRate;
  for (const sub of spec.subs) {
    const m = allocMsg(s.pools);
    const msg = s.pools.msgs[m];
    msg.state = MSG_WAITING;
    msg.sub = sub;
    msg.req = live ? req : -1;
    msg.reqGen = reqGen;
    msg.depth = depth;
    msg.publishedAt = s.now;
    msg.attempts = 0;
    msg.poison = poison;
    s.msg.created++;
    s.msg.live++;
    if (live) {
      request.pendingMsgs++;
      request.published = true;
    }
    fifoPush(s.subs[sub].fifo, m);
    s.subs[sub].waiting++;
    qs.depth++;
    if (spec.ttlMs < Number.POSITIVE_INFINITY)
      scheduleOn(ctx, lineTtl(ctx.topo, q), s.now + spec.ttlMs, EV_TTL, m, msg.gen);
  }
  if (qs.depth > qs.maxDepth) qs.maxDepth = qs.depth;
  for (const sub of spec.subs) dispatchSub(ctx, sub);
  return true;
}

/** An instance of `node` that is up, has a free worker and no backlog; -1 if none. */
function freeConsumer(ctx: EngineContext, node: number): number {
  const spec = ctx.topo.nodes[node];
  const instances = ctx.s.instances;
  const count = slotsInUse(ctx.topo, ctx.s.scalers, node);
  for (let k = 0; k < count; k++) {
    const i = spec.firstInstance + k;
    const inst = instances[i];
    // Booting, draining and unused slots of an autoscaled consumer pull nothing (autoscale.ts).
    if (
      inst.down === 0 &&
      inst.phase === INSTANCE_LIVE &&
      inst.busy < inst.workers &&
      inst.backlog.items.length === inst.backlog.head
    )
      return i;
  }
  return -1;
}

function freeMsg(ctx: EngineContext, m: number): void {
  const msg = ctx.s.pools.msgs[m];
  msg.state = MSG_FREE;
  msg.gen++;
  ctx.s.pools.msgFree.push(m);
}

/** Hands waiting messages of `sub` to free consumer workers. */
export function dispatchSub(ctx: EngineContext, sub: number): void {
  const s = ctx.s;
  const spec = ctx.topo.subs[sub];
  if (spec.consumer < 0 || s.nodes[spec.queue].crashFault >= 0 || s.edges[spec.edge].partitionFault >= 0)
    return;
  const ss = s.subs[sub];
  while (ss.waiting > 0) {
    const inst = freeConsumer(ctx, spec.consumer);
    if (inst < 0) return;
    deliver(ctx, sub, inst);
  }
}

/** A consumer instance freed a worker: pull from the subscriptions it consumes. */
export function pullMessages(ctx: EngineContext, node: number): void {
  const consumes = ctx.topo.nodes[node].consumes;
  for (let k = 0; k < consumes.length; k++) {
    if (ctx.s.subs[consumes[k]].waiting > 0) dispatchSub(ctx, consumes[k]);
  }
}

function deliver(ctx: EngineContext, sub: number, inst: number): void {
  const s = ctx.s;
  const ss = s.subs[sub];
  const msgs = s.pools.msgs;
  // Expired messages stay in the list until they reach its head.
  while (msgs[fifoPeek(ss.fifo)].state === MSG_DEAD) freeMsg(ctx, fifoShift(ss.fifo));
  const m = fifoShift(ss.fifo);
  const msg = msgs[m];
  const subSpec = ctx.topo.subs[sub];
  const queue = ctx.topo.nodes[subSpec.queue];
  const qs = s.nodes[subSpec.queue];
  ss.waiting--;
  ss.unacked++;
  msg.state = MSG_DELIVERED;
  msg.dgen++;
  msg.attempts++;
  qs.delivered++;
  const age = s.now - msg.publishedAt;
  if (age > qs.maxAgeMs) qs.maxAgeMs = age;
  // The worker is taken now: it pulled the message and waits for it to arrive.
  const node = subSpec.consumer;
  const j = newJob(ctx, node, inst, JOB_FOR_MESSAGE, m, msg.dgen, msg.req, msg.reqGen, msg.depth);
  const job = s.pools.jobs[j];
  job.holdsWorker = true;
  const ns = s.nodes[node];
  touchArea(ns, s.now);
  ns.busy++;
  s.instances[inst].busy++;
  // A delivery is the consume edge's call: acked is its success, anything else its failure.
  const es = s.edges[subSpec.edge];
  es.calls++;
  es.secCalls++;
  const lat = ctx.topo.edges[subSpec.edge].latencyMs;
  scheduleOn(ctx, lineForward(subSpec.edge), s.now + lat, EV_DELIVER, j, job.gen);
  addTransfer(ctx, subSpec.edge, T_DELIVERY, false, s.now, s.now + lat);
  if (queue.ackTimeoutMs > 0)
    scheduleOn(
      ctx,
      lineAck(ctx.topo, subSpec.queue),
      s.now + queue.ackTimeoutMs,
      EV_ACK_TIMEOUT,
      m,
      msg.dgen,
    );
}

/** The message reached the consumer's worker. */
export function onDeliver(ctx: EngineContext, j: number, gen: number): void {
  const s = ctx.s;
  const job = s.pools.jobs[j];
  if (job.gen !== gen) return;
  const ns = s.nodes[job.node];
  ns.received++;
  ns.secReceived++;
  touchArea(ns, s.now);
  ns.inSystem++;
  job.arrivedAt = s.now;
  beginCompute(ctx, j);
}

/** A delivery over `sub`'s consume edge was not acked, for `cause` (causes.ts). */
function deliveryFailed(ctx: EngineContext, sub: number, cause: CauseCode | -1): void {
  const es = ctx.s.edges[ctx.topo.subs[sub].edge];
  es.failed++;
  es.secFailed++;
  if (cause >= 0) es.failedBy[cause]++;
}

/**
 * The consumer finished a delivery: ack on success, otherwise (for `cause`, causes.ts)
 * redeliver or dead-letter.
 */
export function settleDelivery(
  ctx: EngineContext,
  m: number,
  dgen: number,
  ok: boolean,
  cause: CauseCode | -1,
): void {
  const msg = ctx.s.pools.msgs[m];
  if (deliveryStale(msg, dgen)) return; // Already timed out and redelivered.
  if (ok) {
    const s = ctx.s;
    const sub = ctx.topo.subs[msg.sub];
    s.edges[sub.edge].ok++;
    const qs = s.nodes[sub.queue];
    s.subs[msg.sub].unacked--;
    qs.acked++;
    qs.depth--;
    s.msg.completed++;
    s.msg.live--;
    const { req, reqGen } = msg;
    freeMsg(ctx, m);
    ctx.handlers.messageSettled(ctx, req, reqGen, false);
    return;
  }
  deliveryFailed(ctx, msg.sub, cause);
  redeliverOrDeadLetter(ctx, m);
}

export function onAckTimeout(ctx: EngineContext, m: number, dgen: number): void {
  const msg = ctx.s.pools.msgs[m];
  if (deliveryStale(msg, dgen)) return;
  deliveryFailed(ctx, msg.sub, C_TIMEOUT);
  redeliverOrDeadLetter(ctx, m);
}

function redeliverOrDeadLetter(ctx: EngineContext, m: number): void {
  const s = ctx.s;
  const msg = s.pools.msgs[m];
  const sub = ctx.topo.subs[msg.sub];
  const queue = ctx.topo.nodes[sub.queue];
  s.subs[msg.sub].unacked--;
  const expired = s.now - msg.publishedAt >= queue.ttlMs;
  if (msg.attempts >= queue.maxAttempts || expired) {
    deadLetter(ctx, m, expired);
    freeMsg(ctx, m);
    return;
  }
  s.nodes[sub.queue].redelivered++;
  msg.state = MSG_WAITING;
  fifoUnshift(s.subs[msg.sub].fifo, m);
  s.subs[msg.sub].waiting++;
  dispatchSub(ctx, msg.sub);
}

function deadLetter(ctx: EngineContext, m: number, expired: boolean): void {
  const s = ctx.s;
  const msg = s.pools.msgs[m];
  const sub = ctx.topo.subs[msg.sub];
  const qs = s.nodes[sub.queue];
  qs.deadLettered++;
  qs.secDeadLettered++;
  if (expired) {
    qs.expired++;
    qs.secExpired++;
  }
  qs.depth--;
  const age = s.now - msg.publishedAt;
  if (age > qs.maxAgeMs) qs.maxAgeMs = age;
  s.msg.deadLettered++;
  s.msg.live--;
  ctx.handlers.messageSettled(ctx, msg.req, msg.reqGen, true);
}

/** A message's time-to-live ran out: if it is still waiting, it goes to the dead-letter queue. */
export function onTtl(ctx: EngineContext, m: number, gen: number): void {
  const s = ctx.s;
  const msg = s.pools.msgs[m];
  if (expiryStale(msg, gen)) return;
  const ss = s.subs[msg.sub];
  ss.waiting--;
  deadLetter(ctx, m, true);
  msg.state = MSG_DEAD;
  while (fifoSize(ss.fifo) > 0 && s.pools.msgs[fifoPeek(ss.fifo)].state === MSG_DEAD)
    freeMsg(ctx, fifoShift(ss.fifo));
}
