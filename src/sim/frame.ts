/**
 * What the canvas draws at the current instant (api.ts Frame): transfers in flight (evenly
 * sampled down to a budget, with how many each dot stands for), live node and edge state,
 * and the failures of the last FLASH_MS to flash. Transfers are written packed
 * (transferPacking.ts), the shape they keep until the overlay draws them.
 */
import type { EdgeLive, FailureFlash, Frame, NodeLive } from './api';
import { backendOut } from './balancerHealth';
import { hitRatio } from './cacheState';
import { compactTransfers } from './core';
import { FLASH_MS } from './flashes';
import { tokensNow } from './rateLimit';
import { currentRate } from './rateSchedule';
import { recentRole } from './recentRoles';
import type { EngineContext } from './runState';
import { nodeHealth, oldestAge } from './series';
import { nodeSlowdown } from './slowdownLive';
import { KIND_QUEUE } from './topology';
import { TransferWriter } from './transferPacking';

/**
 * `sinceMs` (at most now) widens the frame to every transfer in flight at some time in
 * [sinceMs, now]: the live view draws the interval between two frames, so a 5 ms hop that
 * started and ended between them still gets drawn at its true positions.
 */
export function buildFrame(ctx: EngineContext, maxTransfers = 2000, sinceMs?: number): Frame {
  const s = ctx.s;
  const now = s.now;
  const since = sinceMs === undefined ? now : Math.min(now, sinceMs);
  compactTransfers(ctx, since);
  const tl = s.transfers;
  let live = 0;
  for (let i = 0; i < tl.n; i++) if (tl.start[i] <= now) live++;
  const budget = Math.max(1, Math.floor(maxTransfers));
  const perDot = live > budget ? live / budget : 1;
  const transfers = new TransferWriter(Math.min(live, budget + 1));
  let next = 0;
  let seen = 0;
  for (let i = 0; i < tl.n; i++) {
    if (tl.start[i] > now) continue;
    // Even sampling: take the transfer whose rank crosses the next multiple of perDot.
    if (seen++ < next) continue;
    next += perDot;
    const edge = ctx.topo.edges[tl.edge[i]];
    const src = ctx.topo.nodes[edge.source].id;
    const dst = ctx.topo.nodes[edge.target].id;
    const reverse = tl.reverse[i] === 1;
    transfers.add(edge.id, reverse ? dst : src, reverse ? src : dst, tl.kind[i], tl.start[i], tl.end[i]);
  }
  const nodes: Record<string, NodeLive> = {};
  ctx.topo.nodes.forEach((spec, i) => {
    const ns = s.nodes[i];
    const role = recentRole(ns, now);
    const live: NodeLive = {
      health: nodeHealth(ctx, i),
      busy: ns.busy,
      workers: ns.workers,
      backlog: ns.backlog,
      depth: spec.kind === KIND_QUEUE ? ns.depth : 0,
      oldestAgeMs: spec.kind === KIND_QUEUE ? oldestAge(ctx, i) : 0,
      role,
    };
    const cs = s.caches[i];
    if (cs)
      live.cache = {
        hitRatio: hitRatio(cs.lastHits, cs.lastMisses),
        entries: cs.lru.size,
        capacity: spec.cache!.capacity,
      };
    if (role === 'victim' && ns.lastCauseNode >= 0) live.causeNode = ctx.topo.nodes[ns.lastCauseNode].id;
    if (spec.load !== null) {
      const slowdown = nodeSlowdown(ctx, i);
      if (slowdown > 1) live.slowdown = slowdown;
    }
    if (spec.rateLimited && tokensNow(ctx, i) < 1) live.limiting = true;
    if (spec.autoscale) {
      const sc = s.scalers[spec.autoscale.index];
      live.instances = { live: sc.live, booting: sc.booting, draining: sc.draining };
    }
    if (spec.closed) live.users = ns.users;
    else if (spec.schedule) live.ratePerS = currentRate(spec.schedule, ns, now);
    nodes[spec.id] = live;
  });
  const edges: Record<string, EdgeLive> = {};
  ctx.topo.edges.forEach((spec, i) => {
    const es = s.edges[i];
    const live: EdgeLive = {
      breaker: es.breaker ? es.breaker.value : null,
      callsPerS: s.lastEdgeCalls[i],
      failuresPerS: s.lastEdgeFailed[i],
    };
    const out = backendOut(ctx, i);
    if (out) live.backendOut = out;
    edges[spec.id] = live;
  });
  const flashes: FailureFlash[] = [];
  ctx.topo.nodes.forEach((spec, i) => {
    const at = s.flashNodeAt[i];
    if (at > now - FLASH_MS) flashes.push({ node: spec.id, atMs: at });
  });
  ctx.topo.edges.forEach((spec, i) => {
    const at = s.flashEdgeAt[i];
    if (at > now - FLASH_MS) flashes.push({ node: ctx.topo.nodes[spec.source].id, edge: spec.id, atMs: at });
  });
  flashes.sort((a, b) => a.atMs - b.atMs);
  return { tMs: now, transfers: transfers.finish(), perDot, nodes, edges, flashes };
}
