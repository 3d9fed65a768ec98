/**
 * fast-check arbitraries for the engine's property tests: small, valid documents whose
 * runs stay cheap (a few seconds of simulated time at modest rates) but that reach every
 * mechanism — retries, breakers, fallbacks, queues with redelivery and TTL, caches (with
 * single flight and flushes), load balancers with health checks and ejection, cycles, zero
 * service times and every fault kind.
 *
 * Every node, edge, fault and scenario parameter is drawn from its declaration in
 * src/model/params/, so a parameter added there is exercised here without a change.
 * SIM_PARAM_CAPS narrows the few ranges that would make runs slow.
 */
import fc from 'fast-check';
import {
  connectionProblem,
  FAULT_KINDS,
  type FaultlineDocument,
  faultApplies,
  type NodeKind,
  parseDocument,
} from '../model';
import { EDGE_COMMON_PARAMS, EDGE_PARAMS } from '../model/params/edgeParams';
import { FAULT_PARAMS } from '../model/params/faultParams';
import { NODE_PARAMS } from '../model/params/nodeParams';
import { SCENARIO_PARAMS } from '../model/params/scenarioParams';
import type { Param, ParamList, ParamSet } from '../model/params/types';

type Json = Record<string, unknown>;

/**
 * Upper bounds narrower than the declared ones, by parameter path: the owner ("client",
 * "service", "edge" for what every edge has, "rpc", "fault.slow", "scenario") then the keys
 * ("rpc.retry.baseMs"). They keep a run to a few thousand events and keep delays inside a
 * run of at most 8 s, where they still change what happens. Only the exceptions are named:
 * every other declared parameter is drawn over its full declared range.
 */
export const SIM_PARAM_CAPS: Readonly<Record<string, number>> = {
  'client.rate': 150,
  'client.burstSize': 8,
  'client.pollIntervalS': 2,
  'client.users': 30,
  'client.thinkTime.meanMs': 500,
  'service.instances': 3,
  'service.workers': 6,
  'service.backlogLimit': 20,
  'service.serviceTime.meanMs': 60,
  'service.loadFactor.knee': 8,
  'service.loadFactor.max': 20,
  'service.maxWaitMs': 2000,
  // A limit or budget above the load never acts: these keep them where they do.
  'service.rateLimit.ratePerS': 200,
  'service.rateLimit.burst': 20,
  'service.autoscale.minInstances': 3,
  'service.autoscale.maxInstances': 6,
  'service.autoscale.targetPerInstance': 50,
  'service.autoscale.intervalS': 3,
  'service.autoscale.step': 3,
  'service.autoscale.scaleOutCooldownS': 4,
  'service.autoscale.scaleInCooldownS': 4,
  'service.autoscale.coldStartS': 4,
  'database.pool': 6,
  'database.backlogLimit': 20,
  'database.latency.meanMs': 60,
  'database.loadFactor.knee': 8,
  'database.loadFactor.max': 20,
  'database.maxWaitMs': 2000,
  'cache.keyspace': 300,
  'cache.capacity': 200,
  'cache.ttlS': 5,
  'cache.hitLatencyMs': 30,
  'queue.capacity': 300,
  'queue.maxAttempts': 5,
  'queue.ackTimeoutMs': 2000,
  'queue.ttlS': 5,
  'balancer.healthCheck.intervalS': 2,
  'balancer.healthCheck.timeoutMs': 1500,
  'balancer.healthCheck.unhealthyThreshold': 4,
  'balancer.healthCheck.healthyThreshold': 4,
  'balancer.outlierEjection.consecutiveFailures': 10,
  'balancer.outlierEjection.ejectionS': 3,
  'edge.latencyMs': 30,
  'rpc.timeoutMs': 1500,
  'rpc.retry.maxAttempts': 5,
  'rpc.retry.baseMs': 200,
  'rpc.retry.capMs': 2000,
  'rpc.retry.budgetRatio': 1,
  'rpc.retry.budgetMinPerS': 20,
  'rpc.breaker.windowS': 5,
  'rpc.breaker.minimumCalls': 20,
  'rpc.breaker.openS': 3,
  'rpc.breaker.halfOpenProbes': 4,
  'fault.redeploy.healthCheckDelayS': 2,
  'fault.slow.factor': 6,
  'fault.surge.factor': 6,
  'scenario.durationS': 8,
};

/** A whole number in [min, max]; fc.integer stops at 2³¹ − 1 (a seed goes beyond). */
const wholeIn = (min: number, max: number): fc.Arbitrary<number> =>
  max <= 0x7fff_ffff
    ? fc.integer({ min, max })
    : fc.bigInt({ min: BigInt(min), max: BigInt(max) }).map(Number);

/**
 * A number in [min, max] in hundredths: fc.double leans on extremes (5e-324), not wanted here.
 * The nudge keeps float error (0.07 × 100 = 7.000000000000001) from dropping an end; + 0
 * turns the −0 that ceil(−1e-9) gives into 0.
 */
const hundredthsIn = (min: number, max: number) =>
  wholeIn(Math.ceil(min * 100 - 1e-9) + 0, Math.floor(max * 100 + 1e-9)).map((n) => n / 100);

/**
 * A number the declaration allows, up to its cap; the declared minimum (often 0: no
 * timeout, no errors, no delay) comes up an eighth of the time.
 */
function numberArb(p: { min: number; max: number; whole?: boolean }, cap: number | undefined) {
  const max = Math.min(p.max, cap ?? p.max);
  const range = p.whole ? wholeIn(p.min, max) : hundredthsIn(p.min, max);
  return fc.oneof({ weight: 1, arbitrary: fc.constant(p.min) }, { weight: 7, arbitrary: range });
}

function valueArb(entry: Param | ParamSet, path: string): fc.Arbitrary<unknown> {
  switch (entry.type) {
    case 'set':
      return paramsArb(entry.params, path);
    case 'number':
      return numberArb(entry, SIM_PARAM_CAPS[path]);
    case 'limit':
      return fc.oneof(fc.constant(entry.word), numberArb(entry, SIM_PARAM_CAPS[path]));
    case 'choice':
      return fc.constantFrom(...entry.options);
    case 'toggle':
      return fc.boolean();
  }
}

/** A value for every parameter declared in `list`, each within its declared range and cap. */
const paramsArb = (list: ParamList, owner: string): fc.Arbitrary<Json> =>
  fc.record(
    Object.fromEntries(Object.entries(list).map(([key, entry]) => [key, valueArb(entry, `${owner}.${key}`)])),
  );

/** Each of `table`'s parameter lists drawn at once, by the same keys. */
const eachOf = (table: Readonly<Record<string, ParamList>>, owner: (key: string) => string) =>
  fc.record(
    Object.fromEntries(Object.entries(table).map(([key, list]) => [key, paramsArb(list, owner(key))])),
  );

const nodeParams = eachOf(NODE_PARAMS, (kind) => kind);

const edgeParams = fc.record({
  common: paramsArb(EDGE_COMMON_PARAMS, 'edge'),
  own: eachOf(EDGE_PARAMS, (kind) => kind),
});

/** Points at increasing times within a run of at most 8 s, each with a value from `value`. */
const pointsArb = <T>(value: fc.Arbitrary<T>) =>
  fc.array(fc.tuple(hundredthsIn(0.01, 2), value), { minLength: 1, maxLength: 6 }).map((steps) => {
    let t = -0.01;
    return steps.map(([gap, v]) => {
      t = Math.round((t + gap) * 100) / 100;
      return [t, v] as const;
    });
  });

/**
 * A client's traffic over time (src/model/trafficShape.ts): often none, else a rate
 * schedule (steps or lines) or a per-second trace, and sometimes a users schedule (used
 * when the client is a closed loop).
 */
const clientTrafficArb: fc.Arbitrary<Json> = fc
  .record({
    rate: fc.oneof(
      { weight: 2, arbitrary: fc.constant(null) },
      {
        weight: 1,
        arbitrary: fc.record({
          interpolation: fc.constantFrom('step', 'linear'),
          points: pointsArb(wholeIn(0, 150)).map((ps) => ps.map(([atS, rate]) => ({ atS, rate }))),
        }),
      },
      {
        weight: 1,
        arbitrary: fc.array(wholeIn(0, 150), { minLength: 1, maxLength: 10 }).map((v) => v.join('\n')),
      },
    ),
    users: fc.option(pointsArb(wholeIn(0, 30)).map((ps) => ps.map(([atS, users]) => ({ atS, users })))),
  })
  .map(({ rate, users }) => ({
    ...(rate === null ? {} : typeof rate === 'string' ? { rateTrace: rate } : { rateSchedule: rate }),
    ...(users === null ? {} : { usersSchedule: users }),
  }));

const faultArb = fc.record({
  kind: fc.constantFrom(...FAULT_KINDS),
  pick: fc.nat(),
  startS: hundredthsIn(0, 6),
  durationS: hundredthsIn(0.01, 4),
  own: eachOf(FAULT_PARAMS, (kind) => `fault.${kind}`),
});

/** A small valid document (already parsed, defaults filled in). */
export const smallDocument: fc.Arbitrary<FaultlineDocument> = fc
  .record({
    kinds: fc.array(
      fc.constantFrom<NodeKind>('service', 'service', 'database', 'queue', 'cache', 'balancer'),
      {
        minLength: 1,
        maxLength: 5,
      },
    ),
    clients: fc.integer({ min: 1, max: 2 }),
    traffic: fc.array(clientTrafficArb, { minLength: 2, maxLength: 2 }),
    params: fc.array(nodeParams, { minLength: 7, maxLength: 7 }),
    entries: fc.array(fc.tuple(fc.nat(), edgeParams), { minLength: 2, maxLength: 2 }),
    links: fc.array(fc.tuple(fc.nat(), fc.nat(), edgeParams), { minLength: 1, maxLength: 10 }),
    faults: fc.array(faultArb, { maxLength: 3 }),
    scenario: paramsArb(SCENARIO_PARAMS, 'scenario'),
  })
  .map(({ kinds, clients, traffic, params, entries, links, faults, scenario }) => {
    const all: NodeKind[] = [...Array(clients).fill('client'), ...kinds];
    const nodes = all.map((kind, i) => ({
      id: `n${i}`,
      kind,
      label: `${kind} ${i}`,
      position: { x: 0, y: 0 },
      ...params[i][kind],
      ...(kind === 'client' ? traffic[i] : {}),
    }));
    const edges: Json[] = [];
    const pairs = new Set<string>();
    // Every client calls something, so most runs carry traffic.
    const entryLinks = entries
      .slice(0, clients)
      .map(([b, p], i) => [i, clients + (b % kinds.length), p] as const);
    for (const [a, b, p] of [...entryLinks, ...links]) {
      const from = a % all.length;
      const to = b % all.length;
      if (from === to || pairs.has(`${from}-${to}`)) continue;
      const touchesQueue = all[from] === 'queue' || all[to] === 'queue';
      const kind = touchesQueue ? 'async' : 'rpc';
      if (connectionProblem(kind, all[from], all[to])) continue;
      // A cache has one backend (integrity.ts).
      if (all[from] === 'cache' && edges.some((e) => e.source === `n${from}`)) continue;
      pairs.add(`${from}-${to}`);
      edges.push({
        id: `e${from}-${to}`,
        kind,
        source: `n${from}`,
        target: `n${to}`,
        ...p.common,
        ...p.own[kind],
      });
    }
    const written = faults
      .map((f, i) => {
        const base = {
          id: `f${i}`,
          kind: f.kind,
          startS: f.startS,
          durationS: f.durationS,
          ...f.own[f.kind],
        };
        if (f.kind === 'partition') {
          if (edges.length === 0) return null;
          return { ...base, target: edges[f.pick % edges.length].id };
        }
        const fits = nodes.filter((n) => faultApplies(f.kind, n.kind));
        const target = fits[f.pick % fits.length]?.id;
        if (!target) return null;
        return { ...base, target };
      })
      .filter((f) => f !== null);
    const parsed = parseDocument({
      version: 3,
      nodes,
      edges,
      scenario: { ...scenario, faults: written },
    });
    if (!parsed.ok) throw new Error(`arbitrary made an invalid document: ${JSON.stringify(parsed.errors)}`);
    return parsed.doc;
  });
