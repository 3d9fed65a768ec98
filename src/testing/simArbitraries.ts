/**
 * fast-check arbitraries for the engine's property tests: small, valid documents whose
 * runs stay cheap (a few seconds of simulated time at modest rates) but that reach every
 * mechanism — retries, breakers, fallbacks, queues with redelivery and TTL, cycles, zero
 * service times and every fault kind.
 */
import fc from 'fast-check';
import {
  connectionProblem,
  type FaultlineDocument,
  faultApplies,
  type NodeKind,
  parseDocument,
} from '../model';

/** A number in [min, max] in hundredths: fc.double leans on extremes (5e-324), not wanted here. */
const num = (min: number, max: number) =>
  fc.integer({ min: Math.round(min * 100), max: Math.round(max * 100) }).map((n) => n / 100);

const dist = fc.record({
  distribution: fc.constantFrom('constant', 'exponential', 'lognormal', 'uniform'),
  meanMs: fc.oneof(fc.constant(0), num(0, 60)),
  spread: num(0, 2),
});

const nodeParams: Record<NodeKind, fc.Arbitrary<Record<string, unknown>>> = {
  client: fc.record({
    rate: num(0, 150),
    arrival: fc.constantFrom('poisson', 'constant', 'burst'),
    burstSize: fc.integer({ min: 1, max: 8 }),
    completion: fc.constantFrom('push', 'poll'),
    pollIntervalS: num(0.05, 2),
  }),
  service: fc.record({
    instances: fc.integer({ min: 1, max: 3 }),
    workers: fc.integer({ min: 1, max: 6 }),
    backlogLimit: fc.oneof(fc.constant('unlimited'), fc.integer({ min: 0, max: 20 })),
    serviceTime: dist,
    errorRate: fc.oneof(fc.constant(0), num(0, 0.5)),
    workerModel: fc.constantFrom('blocking', 'nonblocking'),
    callOrder: fc.constantFrom('sequence', 'parallel'),
  }),
  database: fc.record({
    pool: fc.integer({ min: 1, max: 6 }),
    backlogLimit: fc.oneof(fc.constant('unlimited'), fc.integer({ min: 0, max: 20 })),
    latency: dist,
    errorRate: fc.oneof(fc.constant(0), num(0, 0.5)),
  }),
  queue: fc.record({
    capacity: fc.oneof(fc.constant('unlimited'), fc.integer({ min: 1, max: 300 })),
    maxAttempts: fc.integer({ min: 1, max: 5 }),
    ackTimeoutMs: fc.oneof(fc.constant(0), num(1, 2000)),
    ttlS: fc.oneof(fc.constant('none'), num(0.01, 5)),
    poisonRate: fc.oneof(fc.constant(0), num(0, 0.5)),
  }),
};

const rpcParams = fc.record({
  latencyMs: fc.oneof(fc.constant(0), num(0, 30)),
  timeoutMs: fc.oneof(fc.constant(0), num(1, 1500)),
  retry: fc.record({
    maxAttempts: fc.integer({ min: 1, max: 5 }),
    backoff: fc.constantFrom('none', 'constant', 'exponential'),
    baseMs: num(0, 200),
    capMs: num(0, 2000),
    jitter: fc.constantFrom('none', 'full', 'equal', 'decorrelated'),
  }),
  breaker: fc.record({
    enabled: fc.boolean(),
    failureThreshold: num(0, 1),
    windowS: num(0.1, 5),
    minimumCalls: fc.integer({ min: 1, max: 20 }),
    openS: num(0, 3),
    halfOpenProbes: fc.integer({ min: 1, max: 4 }),
  }),
  fallback: fc.boolean(),
  weight: num(0, 5),
});

const faultArb = fc.record({
  kind: fc.constantFrom('crash', 'redeploy', 'slow', 'errors', 'capacity', 'partition', 'surge'),
  pick: fc.nat(),
  startS: num(0, 6),
  durationS: num(0.01, 4),
  mode: fc.constantFrom('refuse', 'hang'),
  healthCheckDelayS: num(0, 2),
  factor: num(1, 6),
  fraction: num(0, 1),
});

/** A small valid document (already parsed, defaults filled in). */
export const smallDocument: fc.Arbitrary<FaultlineDocument> = fc
  .record({
    kinds: fc.array(fc.constantFrom<NodeKind>('service', 'service', 'database', 'queue'), {
      minLength: 1,
      maxLength: 5,
    }),
    clients: fc.integer({ min: 1, max: 2 }),
    params: fc.array(fc.tuple(nodeParams.client, nodeParams.service, nodeParams.database, nodeParams.queue), {
      minLength: 7,
      maxLength: 7,
    }),
    entries: fc.array(fc.tuple(fc.nat(), rpcParams), { minLength: 2, maxLength: 2 }),
    links: fc.array(fc.tuple(fc.nat(), fc.nat(), rpcParams), { minLength: 1, maxLength: 10 }),
    faults: fc.array(faultArb, { maxLength: 3 }),
    durationS: num(1, 8),
    seed: fc.integer({ min: 0, max: 1000 }),
  })
  .map(({ kinds, clients, params, entries, links, faults, durationS, seed }) => {
    const all: NodeKind[] = [...Array(clients).fill('client'), ...kinds];
    const nodes = all.map((kind, i) => {
      const [c, s, d, q] = params[i];
      const own = { client: c, service: s, database: d, queue: q }[kind];
      return { id: `n${i}`, kind, label: `${kind} ${i}`, position: { x: 0, y: 0 }, ...own };
    });
    const edges: Record<string, unknown>[] = [];
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
      pairs.add(`${from}-${to}`);
      const edge: Record<string, unknown> = {
        id: `e${from}-${to}`,
        kind,
        source: `n${from}`,
        target: `n${to}`,
      };
      if (kind === 'rpc') Object.assign(edge, p);
      else Object.assign(edge, { latencyMs: p.latencyMs, weight: p.weight });
      edges.push(edge);
    }
    const written = faults
      .map((f, i) => {
        const base = { id: `f${i}`, kind: f.kind, startS: f.startS, durationS: f.durationS };
        if (f.kind === 'partition') {
          if (edges.length === 0) return null;
          return { ...base, target: edges[f.pick % edges.length].id };
        }
        const fits = nodes.filter((n) => faultApplies(f.kind, n.kind));
        const target = fits[f.pick % fits.length]?.id;
        if (!target) return null;
        const extra =
          f.kind === 'crash'
            ? { mode: f.mode }
            : f.kind === 'redeploy'
              ? { mode: f.mode, healthCheckDelayS: f.healthCheckDelayS }
              : f.kind === 'slow' || f.kind === 'surge'
                ? { factor: f.factor }
                : f.kind === 'errors'
                  ? { rate: f.fraction }
                  : f.kind === 'capacity'
                    ? { fraction: f.fraction }
                    : {};
        return { ...base, target, ...extra };
      })
      .filter((f) => f !== null);
    const parsed = parseDocument({
      version: 2,
      nodes,
      edges,
      scenario: { durationS, seed, faults: written },
    });
    if (!parsed.ok) throw new Error(`arbitrary made an invalid document: ${JSON.stringify(parsed.errors)}`);
    return parsed.doc;
  });
