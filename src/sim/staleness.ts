/**
 * When an event has been overtaken: its subject was reused, re-armed or moved on since it
 * was scheduled (see the generation numbers in state.ts). The handlers ignore such events,
 * and the delay lines drop them unseen once they reach a line's head (docs/engine.md, Events
 * and the event loop): both ask the same predicates here, so they can never disagree.
 */
import { EV_ACK_TIMEOUT, EV_TIMEOUT, EV_TTL } from './events';
import {
  type Call,
  JOB_COMPUTING,
  type Job,
  MSG_DELIVERED,
  MSG_WAITING,
  type Msg,
  type Pools,
  REQ_WAITING,
  type Req,
} from './state';

/** Whether an event of a call's attempt `gen` (arrival, reply, timeout, retry) comes after that attempt ended. */
export function attemptStale(call: Call, gen: number): boolean {
  // `=== false`: one compare, where a bare truth test of a field checks for every falsy value.
  return call.live === false || call.gen !== gen;
}

/** Whether an ack (or ack timeout) of delivery `dgen` comes after that delivery was settled or redelivered. */
export function deliveryStale(msg: Msg, dgen: number): boolean {
  return msg.state !== MSG_DELIVERED || msg.dgen !== dgen;
}

/** Whether a time-to-live expiry of message life `gen` finds the message delivered, dead or reused. */
export function expiryStale(msg: Msg, gen: number): boolean {
  return msg.state !== MSG_WAITING || msg.gen !== gen;
}

/** Whether a poll or push for request life `gen` finds the request no longer waiting for its async work. */
export function waitingStale(req: Req, gen: number): boolean {
  return req.gen !== gen || req.state !== REQ_WAITING;
}

/** Whether the end of a compute step of job life `gen` finds the job freed or elsewhere. */
export function computeStale(job: Job, gen: number): boolean {
  return job.gen !== gen || job.state !== JOB_COMPUTING;
}

/**
 * Whether entries of `type` may be dropped unseen at a line's head (lineEntryStale): only
 * timeouts and expiries. A line holds entries of one such kind only (the hops one way over
 * an edge, an edge's timeouts, a queue's ack timeouts or expiries), so its first entry
 * tells for all of them (delayLines.ts).
 */
export function mayDropUnseen(type: number): boolean {
  return type === EV_TIMEOUT || type === EV_ACK_TIMEOUT || type === EV_TTL;
}

/**
 * Whether a delay-line entry can be dropped without running it: a timeout or expiry whose
 * subject has moved on. Other entries always run (their handlers check for themselves).
 */
export function lineEntryStale(pools: Pools, type: number, a: number, b: number): boolean {
  if (type === EV_TIMEOUT) return attemptStale(pools.calls[a], b);
  if (type === EV_ACK_TIMEOUT) return deliveryStale(pools.msgs[a], b);
  if (type === EV_TTL) return expiryStale(pools.msgs[a], b);
  return false;
}
