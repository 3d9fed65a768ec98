/**
 * The documents of the UI benchmark (docs/performance.md), generated without randomness so
 * every run measures the same diagram.
 */

/** A plain JSON document as a file would hold it. */
export interface BenchDocument {
  version: 2;
  title: string;
  nodes: Record<string, unknown>[];
  edges: Record<string, unknown>[];
  scenario: { durationS: number; seed: number; faults: [] };
}

const CHAINS = 10;
const CHAIN_LENGTH = 10;
/** Positions in a chain whose service also calls the last service of the next chain. */
const CROSS_FROM = [1, 3, 5, 7];

/**
 * 100 services and 140 edges: ten clients, each calling the head of its own chain of ten
 * services over RPC (10 + 90 edges), plus 40 cross calls from inside each chain to the last
 * service of the next one. Cross calls end at leaves, so load does not multiply down the
 * chains. Every client request makes 14 calls, each a request and a reply crossing an edge
 * of `latencyMs`: at `ratePerClient` = 300 req/s and 25 ms that is about
 * 10 × 300 × 14 × 2 × 0.025 ≈ 2,100 messages in flight. Workers are plentiful, so the run
 * stays healthy and the benchmark measures drawing, not a cascade.
 */
export function meshOf100Services(ratePerClient = 300, latencyMs = 25, durationS = 120): BenchDocument {
  const nodes: Record<string, unknown>[] = [];
  const edges: Record<string, unknown>[] = [];
  const svc = (c: number, i: number) => `s${c}-${i}`;
  for (let c = 0; c < CHAINS; c++) {
    const y = c * 140;
    nodes.push({
      id: `client-${c}`,
      kind: 'client',
      label: `client ${c}`,
      position: { x: 0, y },
      rate: ratePerClient,
    });
    edges.push({ id: `client-${c}-in`, kind: 'rpc', source: `client-${c}`, target: svc(c, 0), latencyMs });
    for (let i = 0; i < CHAIN_LENGTH; i++) {
      nodes.push({
        id: svc(c, i),
        kind: 'service',
        label: `svc ${c}.${i}`,
        position: { x: 260 * (i + 1), y },
        workers: 1000,
        serviceTime: { distribution: 'exponential', meanMs: 2 },
      });
      if (i > 0)
        edges.push({
          id: `${svc(c, i - 1)}-next`,
          kind: 'rpc',
          source: svc(c, i - 1),
          target: svc(c, i),
          latencyMs,
        });
    }
  }
  for (let c = 0; c < CHAINS; c++) {
    for (const i of CROSS_FROM) {
      const target = svc((c + 1) % CHAINS, CHAIN_LENGTH - 1);
      edges.push({ id: `${svc(c, i)}-cross`, kind: 'rpc', source: svc(c, i), target, latencyMs });
    }
  }
  return {
    version: 2,
    title: 'bench: 100 services, 140 edges',
    nodes,
    edges,
    scenario: { durationS, seed: 7, faults: [] },
  };
}
