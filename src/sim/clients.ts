/**
 * Clients: arrivals (Poisson, constant, bursts; at a constant rate or following a schedule,
 * rateSchedule.ts), closed-loop users' requests (users.ts), the split of traffic over their edges,
 * and the two clocks of a request — time to reply, and time until the client learns that
 * all the asynchronous work it caused is done (by push or by polling).
 */

import { ADMIT_REFUSED, ADMIT_REJECTED, admitJob } from './admission';
import { pollTarget } from './balancer';
import { addTransfer, flash, schedule, scheduleOn } from './core';
import { detLogNormal } from './detMath';
import { EV_ARRIVAL, EV_POLL_ARRIVE, EV_POLL_SEND, EV_PUSH, T_FAILURE, T_POLL, T_PUSH } from './events';
import { countInBucket, histogramBucket, recordValue } from './histogram';
import { nextUnit, PURPOSE } from './random';
import { timeForMass } from './rateSchedule';
import { noteFailureRoot } from './roles';
import { groupFailure } from './runLog';
import {
  type EngineContext,
  lineBack,
  lineForward,
  type NodeState,
  nodeStream,
  type SimState,
} from './runState';
import { waitingStale } from './staleness';
import {
  allocReq,
  clearFailure,
  type Failure,
  JOB_FOR_POLL,
  PARENT_REQUEST,
  REQ_FREE,
  REQ_IN_FLIGHT,
  REQ_WAITING,
  type Req,
} from './state';
import { stopRun } from './stop';
import { ARRIVAL_BURST, ARRIVAL_CONSTANT, KIND_QUEUE, type NodeSpec } from './topology';
import { userAnswered } from './users';

/** Schedules the next arrival of `client` from now (after a rate change, the old one is void). */
export function scheduleArrival(ctx: EngineContext, client: number): void {
  scheduleNextArrival(ctx, client, ctx.topo.nodes[client], ctx.s.nodes[client]);
}

/**
 * scheduleArrival for a client whose records (`spec`, `ns`) its caller holds. V8 often calls
 * it rather than inlining it into onArrival (it does not once it has compiled it on its own,
 * with the draw inlined): taking the records spares it finding them again.
 */
function scheduleNextArrival(ctx: EngineContext, client: number, spec: NodeSpec, ns: NodeState): void {
  const s = ctx.s;
  if (spec.closed) return; // Its users send (users.ts).
  if (ns.followSchedule) {
    scheduleFollowing(ctx, client);
    return;
  }
  const rate = ns.rate * ns.surge;
  if (rate <= 0 || spec.out.length === 0) return;
  let dt: number;
  if (spec.arrival === ARRIVAL_CONSTANT) dt = 1000 / rate;
  else if (spec.arrival === ARRIVAL_BURST) dt = (1000 * spec.burstSize) / rate;
  else dt = (-1000 * detLogNormal(nextUnit(s.rng, nodeStream(client, PURPOSE.arrival)))) / rate;
  schedule(ctx, s.now + dt, EV_ARRIVAL, client, ns.arrivalGen);
}

/** The next arrival of a client that follows its rate schedule, a surge multiplying the scheduled rate. */
function scheduleFollowing(ctx: EngineContext, client: number): void {
  const s = ctx.s;
  const spec = ctx.topo.nodes[client];
  const ns = s.nodes[client];
  if (spec.out.length === 0 || spec.schedule === null) return;
  const mass =
    spec.arrival === ARRIVAL_CONSTANT
      ? 1
      : spec.arrival === ARRIVAL_BURST
        ? spec.burstSize
        : -detLogNormal(nextUnit(s.rng, nodeStream(client, PURPOSE.arrival)));
  const at = timeForMass(spec.schedule, s.now, mass, ns.surge, s.endMs);
  if (at <= s.endMs) schedule(ctx, at, EV_ARRIVAL, client, ns.arrivalGen);
}

/** A closed-loop user sends a request; false when a guard rail stopped the run instead. */
export function sendUserRequest(ctx: EngineContext, client: number): boolean {
  const s = ctx.s;
  if (s.req.live + s.msg.live + s.liveJobs >= ctx.limits.inFlight) {
    stopRun(ctx, `requests in flight limit (${ctx.limits.inFlight})`);
    return false;
  }
  sendRequest(ctx, client, ctx.topo.nodes[client], ctx.s.nodes[client]);
  return true;
}

/** Changes a client's arrival rate from now on. */
export function setClientRate(ctx: EngineContext, client: number, rate: number, surge: number): void {
  const ns = ctx.s.nodes[client];
  ns.rate = rate;
  ns.surge = surge;
  ns.arrivalGen++;
  scheduleArrival(ctx, client);
}

export function onArrival(ctx: EngineContext, client: number, gen: number): void {
  const s = ctx.s;
  const ns = s.nodes[client];
  if (ns.arrivalGen !== gen) return;
  const spec = ctx.topo.nodes[client];
  const n = spec.arrival === ARRIVAL_BURST ? spec.burstSize : 1;
  for (let k = 0; k < n; k++) {
    if (s.req.live + s.msg.live + s.liveJobs >= ctx.limits.inFlight) {
      stopRun(ctx, `requests in flight limit (${ctx.limits.inFlight})`);
      return;
    }
    sendRequest(ctx, client, spec, ns);
  }
  scheduleNextArrival(ctx, client, spec, ns);
}

/** `client` (records `spec`, `ns`) sends a request over one of its edges. */
function sendRequest(ctx: EngineContext, client: number, spec: NodeSpec, ns: NodeState): void {
  const s = ctx.s;
  let edge = spec.out[0];
  if (spec.out.length > 1) {
    const u = nextUnit(s.rng, nodeStream(client, PURPOSE.route));
    for (let k = 0; k < spec.out.length; k++) {
      if (u < spec.cumWeights[k]) {
        edge = spec.out[k];
        break;
      }
    }
  }
  const r = allocReq(s.pools);
  const req = s.pools.reqs[r];
  req.state = REQ_IN_FLIGHT;
  req.client = client;
  req.edge = edge;
  req.sentAt = s.now;
  req.pendingMsgs = 0;
  req.published = false;
  req.deadLettered = false;
  req.doneAt = -1;
  s.req.created++;
  s.req.live++;
  ns.sent++;
  ns.secSent++;
  ctx.handlers.startCall(ctx, edge, PARENT_REQUEST, r, req.gen, r, req.gen, 1);
}

/** Request `r` (record `req`) is over: its record goes back to the pool. */
function endRequest(s: SimState, r: number, req: Req): void {
  req.state = REQ_FREE;
  req.gen++;
  s.req.live--;
  s.pools.reqFree.push(r);
}

/** The client's call ended: the reply (or failure) reached it; a closed-loop user then thinks. */
export function onRequestReply(ctx: EngineContext, r: number, gen: number, ok: boolean, fail: Failure): void {
  const req = ctx.s.pools.reqs[r];
  if (req.gen !== gen || req.state !== REQ_IN_FLIGHT) return;
  const client = req.client;
  if (ok) replied(ctx, r, req);
  else requestFailed(ctx, r, fail);
  if (ctx.topo.nodes[client].closed) userAnswered(ctx, client);
}

/**
 * The reply reached the client. The common case (no async work) stays here; the rest is in
 * functions of their own, so this one stays small enough for V8 to inline.
 */
function replied(ctx: EngineContext, r: number, req: Req): void {
  const s = ctx.s;
  const ns = s.nodes[req.client];
  const latency = s.now - req.sentAt;
  ns.ok++;
  ns.secOk++;
  // One bucket for the run's histogram and the second's.
  const b = histogramBucket(latency);
  countInBucket(ns.latency, b, latency);
  countInBucket(ns.secLatency, b, latency);
  if (req.published) awaitAsyncWork(ctx, r);
  else {
    s.req.completed++;
    endRequest(s, r, req);
  }
}

/** The request failed: count it by cause and by root, and flash the client. */
function requestFailed(ctx: EngineContext, r: number, fail: Failure): void {
  const s = ctx.s;
  const req = s.pools.reqs[r];
  const ns = s.nodes[req.client];
  ns.failed++;
  ns.secFailed++;
  const cause = Math.max(fail.cause, 0);
  ns.failedBy[cause]++;
  ns.secFailedBy[cause]++;
  const toFailure = s.now - req.sentAt;
  recordValue(ns.failure, toFailure);
  ns.secFailureSum += toFailure;
  s.req.failed++;
  // A fault names the root; without one, the way the node failed does (overloaded, its own errors…).
  const key =
    fail.rootFault >= 0 ? `${fail.rootNode}|${fail.rootFault}` : `${fail.rootNode}|-1|${fail.rootCause}`;
  s.rootCounts[key] = (s.rootCounts[key] ?? 0) + 1;
  groupFailure(ctx, fail.rootEdge, fail.rootCause, fail.rootNode);
  noteFailureRoot(ctx, req.client, fail);
  flash(ctx, req.client, req.edge);
  endRequest(s, r, req);
}

/** A successful reply to a request that published messages: it is done once they are processed. */
function awaitAsyncWork(ctx: EngineContext, r: number): void {
  const s = ctx.s;
  const req = s.pools.reqs[r];
  const ns = s.nodes[req.client];
  ns.accepted++;
  ns.secAccepted++;
  req.state = REQ_WAITING;
  if (req.pendingMsgs === 0) {
    if (req.deadLettered) {
      s.req.deadLettered++;
      endRequest(s, r, req);
      return;
    }
    // Everything was processed before the reply left: the reply itself says so.
    countCompleted(ctx, r);
    learned(ctx, r);
    return;
  }
  const spec = ctx.topo.nodes[req.client];
  if (spec.poll && ctx.topo.nodes[ctx.topo.edges[req.edge].target].kind !== KIND_QUEUE)
    schedule(ctx, s.now + spec.pollIntervalMs, EV_POLL_SEND, r, req.gen);
}

function countCompleted(ctx: EngineContext, r: number): void {
  const req = ctx.s.pools.reqs[r];
  const ns = ctx.s.nodes[req.client];
  ns.completed++;
  ns.secCompleted++;
}

/** The client now knows its request's work is done. */
function learned(ctx: EngineContext, r: number): void {
  const s = ctx.s;
  const req = s.pools.reqs[r];
  const ns = s.nodes[req.client];
  const t = s.now - req.sentAt;
  const b = histogramBucket(t);
  countInBucket(ns.completion, b, t);
  countInBucket(ns.secCompletion, b, t);
  ns.learned++;
  s.req.completed++;
  endRequest(s, r, req);
}

/** One message caused by request `r` was acked or dead-lettered. */
export function onMessageSettled(ctx: EngineContext, r: number, gen: number, deadLettered: boolean): void {
  const s = ctx.s;
  if (r < 0) return;
  const req = s.pools.reqs[r];
  if (req.gen !== gen) return;
  if (deadLettered) req.deadLettered = true;
  if (--req.pendingMsgs > 0) return;
  req.doneAt = s.now;
  if (req.state !== REQ_WAITING) return; // Still waiting for its reply: settled when it comes.
  if (req.deadLettered) {
    s.req.deadLettered++;
    endRequest(s, r, req);
    return;
  }
  countCompleted(ctx, r);
  const spec = ctx.topo.nodes[req.client];
  const target = ctx.topo.nodes[ctx.topo.edges[req.edge].target];
  if (spec.poll && target.kind !== KIND_QUEUE) return; // The next poll will find out.
  const lat = ctx.topo.edges[req.edge].latencyMs;
  scheduleOn(ctx, lineBack(req.edge), s.now + lat, EV_PUSH, r, req.gen);
  addTransfer(ctx, req.edge, T_PUSH, true, s.now, s.now + lat);
}

export function onPush(ctx: EngineContext, r: number, gen: number): void {
  const req = ctx.s.pools.reqs[r];
  if (waitingStale(req, gen)) return;
  learned(ctx, r);
}

/** Every poll interval the client asks the service it called whether the work is done. */
export function onPollSend(ctx: EngineContext, r: number, gen: number): void {
  const s = ctx.s;
  const req = s.pools.reqs[r];
  if (waitingStale(req, gen)) return;
  const spec = ctx.topo.nodes[req.client];
  s.nodes[req.client].polls++;
  const edge = ctx.topo.edges[req.edge];
  if (s.edges[req.edge].partitionFault < 0) {
    scheduleOn(ctx, lineForward(req.edge), s.now + edge.latencyMs, EV_POLL_ARRIVE, r, gen);
    addTransfer(ctx, req.edge, T_POLL, false, s.now, s.now + edge.latencyMs);
  }
  schedule(ctx, s.now + spec.pollIntervalMs, EV_POLL_SEND, r, gen);
}

/** A poll reached the service: it costs a worker for one service time, like any request. */
export function onPollArrive(ctx: EngineContext, r: number, gen: number): void {
  const s = ctx.s;
  const req = s.pools.reqs[r];
  if (waitingStale(req, gen)) return;
  const edge = ctx.topo.edges[req.edge];
  // Why it was refused is not kept: a refused poll only shows as its failed transfer.
  const refusal = ctx.scratch.refusal;
  clearFailure(refusal);
  const target = ctx.topo.nodes[edge.target].balancer ? pollTarget(ctx, edge.target) : edge.target;
  const result = target < 0 ? ADMIT_REFUSED : admitJob(ctx, target, JOB_FOR_POLL, r, gen, r, gen, 1, refusal);
  if (result === ADMIT_REFUSED || result === ADMIT_REJECTED)
    addTransfer(ctx, req.edge, T_FAILURE, true, s.now, s.now + edge.latencyMs);
}

export function onPollDone(ctx: EngineContext, r: number, gen: number): void {
  const req = ctx.s.pools.reqs[r];
  if (waitingStale(req, gen)) return;
  learned(ctx, r);
}
