/**
 * Builds the run report (report.ts) from the run state. Conservation is checked against
 * counts taken by scanning the live entities, independent of the counters the handlers keep.
 */
import { addInstanceSeconds } from './autoscaleReport';
import { balancerReports } from './balancerReport';
import { cacheReport } from './cacheState';
import { C_TIMEOUT, CAUSES, failedByRecord } from './causes';
import { describeFault } from './faults';
import { summarize } from './histogram';
import { roleOf } from './recentRoles';
import type {
  CacheReport,
  ClientReport,
  ConservationReport,
  EdgeReport,
  NodeReport,
  QueueReport,
  Report,
  RootCause,
} from './report';
import type { EngineContext } from './runState';
import { currentSeries } from './seriesBudget';
import { MSG_DELIVERED, MSG_WAITING, REQ_IN_FLIGHT, REQ_WAITING } from './state';
import { KIND_CLIENT, KIND_QUEUE } from './topology';
import { closedLoopReport } from './users';

/** How a node failed without a fault, by the cause at the root (causes.ts). */
const OWN_TROUBLE: readonly string[] = Object.freeze(CAUSES.map((c) => c.ownTrouble));

/** An edge at the root without a fault: nothing below its call was late or failing. */
const EDGE_TROUBLE = 'timeout shorter than the answer takes';

/** Counts every request and message by its state, from the entities themselves. */
export function conservation(ctx: EngineContext): ConservationReport {
  const s = ctx.s;
  let reqInFlight = 0;
  let reqWaiting = 0;
  for (const r of s.pools.reqs) {
    if (r.state === REQ_IN_FLIGHT) reqInFlight++;
    else if (r.state === REQ_WAITING) reqWaiting++;
  }
  let msgInFlight = 0;
  let msgWaiting = 0;
  for (const m of s.pools.msgs) {
    if (m.state === MSG_DELIVERED) msgInFlight++;
    else if (m.state === MSG_WAITING) msgWaiting++;
  }
  const requests = {
    created: s.req.created,
    completed: s.req.completed,
    failed: s.req.failed,
    deadLettered: s.req.deadLettered,
    inFlight: reqInFlight,
    waiting: reqWaiting,
  };
  const messages = {
    created: s.msg.created,
    completed: s.msg.completed,
    // Kept for the report's shape: a message is acked or dead-lettered, never failed.
    failed: 0,
    deadLettered: s.msg.deadLettered,
    inFlight: msgInFlight,
    waiting: msgWaiting,
  };
  const adds = (c: typeof requests) =>
    c.created === c.completed + c.failed + c.deadLettered + c.inFlight + c.waiting;
  return { requests, messages, holds: adds(requests) && adds(messages) };
}

export function buildReport(ctx: EngineContext): Report {
  const s = ctx.s;
  const t = s.now;
  const clients: Record<string, ClientReport> = {};
  const nodes: Record<string, NodeReport> = {};
  const queues: Record<string, QueueReport> = {};
  const edges: Record<string, EdgeReport> = {};
  const caches: Record<string, CacheReport> = {};
  ctx.topo.nodes.forEach((spec, i) => {
    const ns = s.nodes[i];
    const cs = s.caches[i];
    if (cs) caches[spec.id] = cacheReport(cs);
    if (spec.kind === KIND_CLIENT) {
      clients[spec.id] = {
        sent: ns.sent,
        ok: ns.ok,
        failed: ns.failed,
        accepted: ns.accepted,
        completed: ns.completed,
        failedBy: failedByRecord(ns.failedBy),
        latencyMs: summarize(ns.latency),
        failureMs: summarize(ns.failure),
        completionMs: summarize(ns.completion),
        polls: ns.polls,
        ...(spec.closed ? { closedLoop: closedLoopReport(spec, ns, t) } : {}),
      };
      return;
    }
    // Integrals up to now, computed aside: a report mid-run must not change the run's own sums.
    const dt = t - ns.areaT;
    const busyArea = ns.busyArea + ns.busy * dt;
    const inSystemArea = ns.inSystemArea + ns.inSystem * dt;
    const nominal = spec.instances * spec.workers;
    nodes[spec.id] = {
      received: ns.received,
      ok: ns.ok,
      failed: ns.failed,
      rejected: ns.rejected,
      utilization: nominal > 0 && t > 0 ? busyArea / (nominal * t) : 0,
      latencyMs: summarize(ns.latency),
      abandoned: ns.abandoned,
      abandonedLatencyMs: summarize(ns.abandonedLatency),
      maxBacklog: ns.maxBacklog,
      failedBy: failedByRecord(ns.failedBy),
      role: roleOf(ns.rootedHere, ns.victimOf),
      // For the queueing-theory checks (docs/validation.md): L, P(wait) and the mean wait.
      meanInSystem: t > 0 ? inSystemArea / t : 0,
      waitedFraction: ns.started > 0 ? ns.waited / ns.started : 0,
      meanWaitMs: ns.started > 0 ? ns.waitSum / ns.started : 0,
      // Only where a backlog rule is set, so reports of diagrams without one stay as they were.
      ...(spec.lifo || spec.maxWaitMs !== Number.POSITIVE_INFINITY ? { longestWaitMs: ns.longestWait } : {}),
    };
    if (spec.kind === KIND_QUEUE) {
      queues[spec.id] = {
        published: ns.published,
        rejected: ns.failed,
        delivered: ns.delivered,
        acked: ns.acked,
        redelivered: ns.redelivered,
        deadLettered: ns.deadLettered,
        expired: ns.expired,
        maxDepth: ns.maxDepth,
        finalDepth: ns.depth,
        maxAgeMs: ns.maxAgeMs,
      };
    }
  });
  const instanceSeconds = addInstanceSeconds(ctx, nodes, (i) => {
    const ns = s.nodes[i];
    return ns.busyArea + ns.busy * (t - ns.areaT);
  });
  ctx.topo.edges.forEach((spec, i) => {
    const es = s.edges[i];
    const r: EdgeReport = {
      calls: es.calls,
      ok: es.ok,
      failed: es.failed,
      retries: es.retries,
      failedBy: failedByRecord(es.failedBy),
      breakerOpened: es.breaker ? es.breaker.opened : 0,
      fallbacks: es.fallbacks,
    };
    if (es.breaker) r.breaker = es.breaker.value;
    // Only for edges with a budget: a report of a diagram without one keeps its shape.
    if (es.budget) r.retryBudgetRefused = es.budget.refused;
    edges[spec.id] = r;
  });
  const rootCauses: RootCause[] = Object.entries(s.rootCounts)
    .map(([key, count]) => {
      const [nodeText, faultText, causeText] = key.split('|');
      const n = Number(nodeText);
      const f = Number(faultText);
      const nodeCount = ctx.topo.nodes.length;
      const id = n >= nodeCount ? ctx.topo.edges[n - nodeCount].id : n >= 0 ? ctx.topo.nodes[n].id : '';
      const label =
        n >= nodeCount
          ? `${ctx.topo.nodes[ctx.topo.edges[n - nodeCount].source].label} → ${ctx.topo.nodes[ctx.topo.edges[n - nodeCount].target].label}`
          : n >= 0
            ? ctx.topo.nodes[n].label
            : 'unknown';
      const fault = f >= 0 ? s.faults[f] : null;
      // An edge named without a fault: a hop limit, or a timeout that fired while nothing below was late (blame.ts).
      const cause = Number(causeText);
      const trouble = n >= nodeCount && cause === C_TIMEOUT ? EDGE_TROUBLE : OWN_TROUBLE[cause];
      const description = fault
        ? `${label} (${describeFault(ctx, fault)})`
        : `${label} (${trouble ?? 'failing'})`;
      return { node: id, fault: fault ? fault.id : null, description, clientFailures: count };
    })
    .sort((a, b) => b.clientFailures - a.clientFailures || a.description.localeCompare(b.description));
  return {
    seed: s.seed,
    duration: t / 1000,
    events: s.events,
    eventLogHash: (s.hash >>> 0).toString(16).padStart(8, '0'),
    status: s.state === 'stopped' ? s.reason : s.state === 'finished' ? 'finished' : 'running',
    clients,
    nodes,
    queues,
    edges,
    // Only when there is a cache: reports of diagrams without one stay as they were.
    ...(s.caches.some((c) => c !== null) ? { caches } : {}),
    ...balancerReports(ctx),
    rootCauses,
    series: currentSeries(s),
    conservation: conservation(ctx),
    ...(instanceSeconds !== undefined ? { instanceSeconds } : {}),
  };
}
