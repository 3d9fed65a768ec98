/**
 * The backlog's discipline at a service or database: the order waiting work is served in
 * (FIFO, the default, or LIFO: newest first) and the maximum wait. Work that has waited
 * longer than the maximum is shed — failed with cause `shed` before any worker time is spent
 * on it — when it reaches the front of the line for a worker. There is no timer: the check
 * runs each time a worker of the instance is about to take waiting work, and it sheds the
 * oldest waiting work first whatever the order. A backlog only exists while every worker is
 * busy, so the next check comes as soon as any worker frees, and a served request never
 * started after waiting longer than the maximum.
 */
import { blameNode } from './blame';
import { C_SHED } from './causes';
import type { EngineContext } from './runState';
import { fifoPeek, fifoPop, fifoShift, fifoSize, fillFailure } from './state';

/**
 * Removes and returns the oldest work waiting at instance `inst` if it waited longer than its
 * node's maximum wait, marked failed as shed (the caller finishes it); -1 otherwise.
 */
export function takeExpired(ctx: EngineContext, inst: number): number {
  const s = ctx.s;
  const node = ctx.topo.instanceNode[inst];
  const limit = ctx.topo.nodes[node].maxWaitMs;
  if (limit === Number.POSITIVE_INFINITY) return -1;
  const backlog = s.instances[inst].backlog;
  if (fifoSize(backlog) === 0) return -1;
  const j = fifoPeek(backlog);
  const job = s.pools.jobs[j];
  if (s.now - job.arrivedAt <= limit) return -1;
  fifoShift(backlog);
  s.nodes[node].backlog--;
  job.failed = true;
  fillFailure(job.fail, C_SHED, node, -1, -1);
  // Shed because its workers wait on a late callee: the root is downstream, as for a rejection.
  blameNode(ctx, node, job.fail);
  return j;
}

/** Removes and returns the work instance `inst` serves next from its (non-empty) backlog. */
export function takeWaiting(ctx: EngineContext, inst: number): number {
  const s = ctx.s;
  const node = ctx.topo.instanceNode[inst];
  const backlog = s.instances[inst].backlog;
  const j = ctx.topo.nodes[node].lifo ? fifoPop(backlog) : fifoShift(backlog);
  s.nodes[node].backlog--;
  return j;
}
