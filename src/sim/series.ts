/**
 * Per-second rows for charts (report.ts SeriesRow), and node health. Each simulated second
 * the per-second counters are turned into one row and reset; the row joins the series,
 * which stays within its size budget (seriesBudget.ts) however long the run.
 */

import { closeScalerSecond } from './autoscaleReport';
import { balancerHealth } from './balancerHealth';
import { hitRatio } from './cacheState';
import { failedByRecord } from './causes';
import { touchArea } from './core';
import { clearHistogram, quantile } from './histogram';
import type { NodeHealth, SeriesRow } from './report';
import { addLog, flushFailureGroups } from './runLog';
import type { EngineContext } from './runState';
import { appendSecond, closeIfFull, mergeClient, mergeEdge, mergeNode, mergeQueue } from './seriesBudget';
import { MSG_DEAD } from './state';
import { KIND_BALANCER, KIND_CLIENT, KIND_QUEUE } from './topology';

export function nodeHealth(ctx: EngineContext, node: number): NodeHealth {
  const s = ctx.s;
  const spec = ctx.topo.nodes[node];
  const ns = s.nodes[node];
  if (spec.kind === KIND_CLIENT) return 'healthy';
  if (spec.kind === KIND_QUEUE) return ns.crashFault >= 0 ? 'down' : 'healthy';
  if (spec.kind === KIND_BALANCER) return balancerHealth(ctx, node);
  let down = 0;
  let restarting = false;
  for (let k = 0; k < spec.instances; k++) {
    const inst = s.instances[spec.firstInstance + k];
    if (inst.down > 0) {
      down++;
      if (inst.downByRedeploy) restarting = true;
    }
  }
  if (restarting) return 'restarting';
  if (down === spec.instances) return 'down';
  if (down > 0 || ns.slow > 1 || ns.errorRate > 0 || ns.capacityLeft < 1) return 'degraded';
  return 'healthy';
}

/** Age in ms of the oldest message waiting in queue `q`. */
export function oldestAge(ctx: EngineContext, q: number): number {
  const s = ctx.s;
  let oldest = 0;
  for (const sub of ctx.topo.nodes[q].subs) {
    const fifo = s.subs[sub].fifo;
    for (let i = fifo.head; i < fifo.items.length; i++) {
      const msg = s.pools.msgs[fifo.items[i]];
      if (msg.state === MSG_DEAD) continue;
      const age = s.now - msg.publishedAt;
      if (age > oldest) oldest = age;
      break;
    }
  }
  return oldest;
}

/**
 * Closes the second that started at `startMs` and lasted `lengthMs`: its counters go into a
 * new row, or straight into the open bucket of a thinned series (no row per second is built
 * then: on a large diagram that is most of the cost of a long run), and are reset.
 */
export function closeSecond(ctx: EngineContext, startMs: number, lengthMs: number): void {
  const s = ctx.s;
  const open = s.seriesOpen;
  /** Seconds the open bucket held before this one. */
  const sa = open ? (open.spanS ?? 1) : 0;
  const row: SeriesRow = open ?? { t: startMs / 1000, clients: {}, nodes: {}, queues: {}, edges: {} };
  ctx.topo.nodes.forEach((spec, i) => {
    const ns = s.nodes[i];
    if (spec.kind === KIND_CLIENT) {
      const cell: SeriesRow['clients'][string] = {
        sent: ns.secSent,
        ok: ns.secOk,
        failed: ns.secFailed,
        accepted: ns.secAccepted,
        completed: ns.secCompleted,
        p50: quantile(ns.secLatency, 0.5),
        p99: quantile(ns.secLatency, 0.99),
        mean: ns.secLatency.n > 0 ? ns.secLatency.sum / ns.secLatency.n : 0,
        failureMean: ns.secFailed > 0 ? ns.secFailureSum / ns.secFailed : 0,
        completionP99: quantile(ns.secCompletion, 0.99),
        failedBy: failedByRecord(ns.secFailedBy),
      };
      if (open && row.clients[spec.id]) mergeClient(row.clients[spec.id], sa, cell, 1);
      else row.clients[spec.id] = cell;
      ns.secSent = ns.secOk = ns.secFailed = ns.secAccepted = ns.secCompleted = 0;
      ns.secFailureSum = 0;
      ns.secFailedBy.fill(0);
      clearHistogram(ns.secLatency);
      clearHistogram(ns.secCompletion);
    } else {
      touchArea(ns, s.now);
      const nominal = spec.instances * spec.workers;
      const cell: SeriesRow['nodes'][string] = {
        received: ns.secReceived,
        ok: ns.secNodeOk,
        failed: ns.secNodeFailed,
        utilization: nominal > 0 && lengthMs > 0 ? (ns.busyArea - ns.secBusyArea) / (nominal * lengthMs) : 0,
        backlog: ns.backlog,
        health: nodeHealth(ctx, i),
      };
      if (spec.autoscale) closeScalerSecond(ctx, i, cell, ns.busyArea - ns.secBusyArea, lengthMs);
      const cs = s.caches[i];
      if (cs) {
        cell.hitRatio = hitRatio(cs.secHits, cs.secMisses);
        cs.lastHits = cs.secHits;
        cs.lastMisses = cs.secMisses;
        cs.secHits = cs.secMisses = 0;
      }
      if (open && row.nodes[spec.id]) mergeNode(row.nodes[spec.id], sa, cell, 1);
      else row.nodes[spec.id] = cell;
      ns.secBusyArea = ns.busyArea;
      ns.secReceived = ns.secNodeOk = ns.secNodeFailed = 0;
      if (spec.kind === KIND_QUEUE) {
        const queue: SeriesRow['queues'][string] = {
          depth: ns.depth,
          oldestAgeMs: oldestAge(ctx, i),
          deadLettered: ns.secDeadLettered,
        };
        if (open && row.queues[spec.id]) mergeQueue(row.queues[spec.id], sa, queue, 1);
        else row.queues[spec.id] = queue;
        if (ns.secDeadLettered > 0) {
          const n = ns.secDeadLettered;
          const expired = ns.secExpired > 0 ? ` (${ns.secExpired} expired)` : '';
          addLog(
            ctx,
            'deadLetter',
            spec.id,
            `${spec.label}: ${n} message${n === 1 ? '' : 's'} dead-lettered${expired}`,
          );
        }
        ns.secDeadLettered = 0;
        ns.secExpired = 0;
      }
    }
  });
  ctx.topo.edges.forEach((spec, i) => {
    if (!spec.rpc) return;
    const es = s.edges[i];
    const cell: SeriesRow['edges'][string] = {
      calls: es.secCalls,
      failed: es.secFailed,
      breaker: es.breaker ? es.breaker.value : 'closed',
    };
    if (open && row.edges[spec.id]) mergeEdge(row.edges[spec.id], sa, cell, 1);
    else row.edges[spec.id] = cell;
    s.lastEdgeCalls[i] = es.secCalls;
    s.lastEdgeFailed[i] = es.secFailed;
    es.secCalls = es.secFailed = 0;
  });
  if (open) {
    open.spanS = sa + 1;
    closeIfFull(s, ctx.seriesRows);
  } else appendSecond(s, row, ctx.seriesRows);
  flushFailureGroups(ctx);
}
