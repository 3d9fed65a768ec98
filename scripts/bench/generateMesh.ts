import type { StoredDocument } from '../../src/model';

/** What the generated diagram looks like. */
export interface MeshOptions {
  services: number;
  /** Client requests per second. */
  rate: number;
  durationS: number;
  seed: number;
}

/** A tiny deterministic generator (mulberry32) so the same options give the same diagram. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A layered service mesh for the benchmark: one client spreads its traffic over the first
 * layer; each service calls one service of the next layer over RPC (some call two, some also
 * publish to a queue consumed further down); the last layer queries databases. Workers are
 * sized from the expected load so every service runs at roughly 60 % utilisation: a busy
 * but stable system, like a real one on a normal day.
 */
export function generateMesh({ services, rate, durationS, seed }: MeshOptions): StoredDocument {
  const next = random(seed);
  const layers = 5;
  const perLayer = Math.ceil(services / layers);
  const nodes: StoredDocument['nodes'] = [];
  const edges: StoredDocument['edges'] = [];
  const load = new Map<string, number>();
  const addLoad = (id: string, r: number) => load.set(id, (load.get(id) ?? 0) + r);
  const layerIds: string[][] = [];
  for (let l = 0; l < layers; l++) {
    const ids: string[] = [];
    for (let i = 0; i < perLayer && l * perLayer + i < services; i++) ids.push(`s${l * perLayer + i}`);
    layerIds.push(ids);
  }
  const dbs = ['db0', 'db1', 'db2'];

  nodes.push({ id: 'client', kind: 'client', label: 'client', position: { x: 0, y: 0 }, rate });
  for (const id of layerIds[0]) {
    edges.push({ id: `client-${id}`, kind: 'rpc', source: 'client', target: id, latencyMs: 2 });
    addLoad(id, rate / layerIds[0].length);
  }
  const serviceTime = new Map<string, number>();
  let queues = 0;
  for (let l = 0; l < layers; l++) {
    for (const id of layerIds[l]) {
      serviceTime.set(id, 2 + Math.floor(next() * 8));
      const r = load.get(id) ?? 0;
      const below = layerIds[l + 1];
      if (!below) {
        const db = dbs[Math.floor(next() * dbs.length)];
        edges.push({ id: `${id}-${db}`, kind: 'rpc', source: id, target: db, latencyMs: 1, timeoutMs: 1000 });
        addLoad(db, r);
        continue;
      }
      const calls = next() < 0.2 ? 2 : 1;
      for (let k = 0; k < calls; k++) {
        const target = below[Math.floor(next() * below.length)];
        if (edges.some((e) => e.source === id && e.target === target)) continue;
        edges.push({
          id: `${id}-${target}`,
          kind: 'rpc',
          source: id,
          target,
          latencyMs: 1,
          timeoutMs: 1000,
          retry: { maxAttempts: 2, backoff: 'exponential', baseMs: 50, jitter: 'full' },
        });
        addLoad(target, r);
      }
      if (next() < 0.15) {
        const q = `q${queues++}`;
        const consumer = below[Math.floor(next() * below.length)];
        nodes.push({ id: q, kind: 'queue', label: q, position: { x: 300 * l + 150, y: 100 * queues } });
        edges.push({ id: `${id}-${q}`, kind: 'async', source: id, target: q });
        edges.push({ id: `${q}-${consumer}`, kind: 'async', source: q, target: consumer });
        addLoad(consumer, r);
      }
    }
  }
  // Workers block while they wait on their calls, so a worker is held for the service's own
  // time plus its calls' round trips: computed from the last layer up.
  const holdMs = new Map<string, number>(dbs.map((db) => [db, 5]));
  for (let l = layers - 1; l >= 0; l--) {
    for (const id of layerIds[l]) {
      let ms = serviceTime.get(id) ?? 5;
      for (const e of edges) if (e.source === id && e.kind === 'rpc') ms += 2 + (holdMs.get(e.target) ?? 0);
      holdMs.set(id, ms);
    }
  }
  layerIds.forEach((ids, l) => {
    ids.forEach((id, i) => {
      const meanMs = serviceTime.get(id) ?? 5;
      const busy = ((load.get(id) ?? 0) * (holdMs.get(id) ?? meanMs)) / 1000;
      nodes.push({
        id,
        kind: 'service',
        label: id,
        position: { x: 300 * (l + 1), y: 120 * i },
        instances: 2,
        workers: Math.max(2, Math.ceil(busy / 0.6 / 2)),
        backlogLimit: 1000,
        serviceTime: { distribution: 'lognormal', meanMs, spread: 0.5 },
      });
    });
  });
  for (const [i, db] of dbs.entries()) {
    nodes.push({
      id: db,
      kind: 'database',
      label: db,
      position: { x: 300 * (layers + 1), y: 150 * i },
      pool: 50,
    });
  }
  return {
    version: 3,
    title: `Generated mesh of ${services} services`,
    nodes,
    edges,
    scenario: { durationS, seed },
  };
}
