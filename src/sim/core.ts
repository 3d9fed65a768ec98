/**
 * Small helpers every handler uses: scheduling, drawing transfers, flashes, the area
 * integrals behind utilisation and Little's law, and sampling service times.
 */

import { pushIncomingOnLine } from './delayLines';
import { detExp, detLog, detLogNormal } from './detMath';
import { pushIncoming } from './eventQueue';
import type { EventType } from './events';
import { nextUnit, PURPOSE } from './random';
import { type EngineContext, type NodeState, nodeStream, type TransferLog } from './runState';
import { DIST_CONSTANT, DIST_EXPONENTIAL, DIST_LOGNORMAL, type DistSpec } from './topology';
import { grown } from './typedArrays';

/** Schedules an event of `type` about `a` (with generation or detail `b`) at time `t`. */
export function schedule(ctx: EngineContext, t: number, type: EventType, a: number, b: number): void {
  // pushEvent spelled out: this function is inlined into its callers, the push often not
  // (their inlining budget is spent), and the time written into the queue here is never
  // boxed to cross that call (eventQueue.ts incomingTime).
  const q = ctx.s.queue;
  q.incomingTime = t;
  pushIncoming(q, type, a, b, q.nextSeq++);
}

/** Schedules an event a constant delay ahead on delay line `line` (delayLines.ts). */
export function scheduleOn(
  ctx: EngineContext,
  line: number,
  t: number,
  type: EventType,
  a: number,
  b: number,
): void {
  // pushOnLine spelled out, for the reason given in schedule.
  const q = ctx.s.queue;
  q.incomingTime = t;
  pushIncomingOnLine(q, ctx.s.lines, line, type, a, b);
}

const MAX_TRANSFERS = 1 << 18;

function growTransfers(tl: TransferLog, n: number): void {
  tl.edge = grown(tl.edge, n);
  tl.kind = grown(tl.kind, n);
  tl.reverse = grown(tl.reverse, n);
  tl.start = grown(tl.start, n);
  tl.end = grown(tl.end, n);
}

/** Records a message crossing `edge` for frame(); zero-latency hops are never in flight. */
export function addTransfer(
  ctx: EngineContext,
  edge: number,
  kind: number,
  reverse: boolean,
  start: number,
  end: number,
) {
  // Only this test is inlined into the handlers (a run without a canvas tracks nothing);
  // the recording is a function of its own, whose body would use up their inlining budget.
  if (!ctx.trackTransfers || end <= start) return;
  recordTransfer(ctx, edge, kind, reverse, start, end);
}

/** Appends a transfer to the run's log, compacting or growing it when full. */
function recordTransfer(
  ctx: EngineContext,
  edge: number,
  kind: number,
  reverse: boolean,
  start: number,
  end: number,
): void {
  const tl = ctx.s.transfers;
  if (tl.n === tl.edge.length) {
    compactTransfers(ctx, start);
    // Grow when compaction freed less than half, so adding stays O(1) amortised.
    if (tl.n * 2 > tl.edge.length) {
      if (tl.edge.length < MAX_TRANSFERS) growTransfers(tl, tl.edge.length * 2);
      else if (tl.n === tl.edge.length) return; // Pathological runs: frame() samples anyway.
    }
  }
  const i = tl.n++;
  tl.edge[i] = edge;
  tl.kind[i] = kind;
  tl.reverse[i] = reverse ? 1 : 0;
  tl.start[i] = start;
  tl.end[i] = end;
}

/** Drops transfers that ended before `t`, keeping the order of the rest. */
export function compactTransfers(ctx: EngineContext, t: number): void {
  const tl = ctx.s.transfers;
  let w = 0;
  for (let r = 0; r < tl.n; r++) {
    if (tl.end[r] <= t) continue;
    if (w !== r) {
      tl.edge[w] = tl.edge[r];
      tl.kind[w] = tl.kind[r];
      tl.reverse[w] = tl.reverse[r];
      tl.start[w] = tl.start[r];
      tl.end[w] = tl.end[r];
    }
    w++;
  }
  tl.n = w;
}

/** Remembers a failure at `node` (and on `edge`) for the canvas to flash. */
export function flash(ctx: EngineContext, node: number, edge: number): void {
  const s = ctx.s;
  s.flashNodeAt[node] = s.now;
  if (edge >= 0) s.flashEdgeAt[edge] = s.now;
}

/** Brings the busy-worker and in-system integrals of `ns` up to now. */
export function touchArea(ns: NodeState, now: number): void {
  const dt = now - ns.areaT;
  if (dt > 0) {
    ns.busyArea += ns.busy * dt;
    ns.inSystemArea += ns.inSystem * dt;
    ns.areaT = now;
  }
}

/** A service time in ms from `dist`, drawn from `node`'s service-time stream. */
export function sampleTime(ctx: EngineContext, node: number, dist: DistSpec): number {
  if (dist.kind === DIST_CONSTANT || dist.mean <= 0) return dist.mean;
  if (dist.kind === DIST_EXPONENTIAL)
    return -dist.mean * detLogNormal(nextUnit(ctx.s.rng, nodeStream(node, PURPOSE.serviceTime)));
  return sampleShaped(ctx, node, dist);
}

/**
 * A lognormal or uniform service time. Apart from sampleTime, which V8 inlines into
 * beginCompute: an inlined function's whole body counts against the caller's inlining
 * budget, and these two would leave none for the random draw.
 */
function sampleShaped(ctx: EngineContext, node: number, dist: DistSpec): number {
  const rng = ctx.s.rng;
  const stream = nodeStream(node, PURPOSE.serviceTime);
  if (dist.kind === DIST_LOGNORMAL) {
    if (dist.sigma === 0) return dist.mean;
    // Marsaglia's polar method: a standard normal without sin/cos.
    let u = 0;
    let v = 0;
    let q = 0;
    do {
      u = 2 * nextUnit(rng, stream) - 1;
      v = 2 * nextUnit(rng, stream) - 1;
      q = u * u + v * v;
    } while (q >= 1 || q === 0);
    const z = u * Math.sqrt((-2 * detLog(q)) / q);
    return detExp(dist.mu + dist.sigma * z);
  }
  // Uniform: mean ± spread × mean, never negative.
  const half = dist.spread * dist.mean;
  const t = dist.mean - half + 2 * half * nextUnit(rng, stream);
  return Math.max(t, 0);
}
