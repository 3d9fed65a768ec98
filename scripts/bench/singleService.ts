import type { StoredDocument } from '../../src/model';

/** 1,000 req/s Poisson client → one service with 20 workers. */
export function singleService(durationS: number): StoredDocument & { title: string } {
  return {
    version: 3,
    title: 'bench: one service',
    nodes: [
      { id: 'client', kind: 'client', label: 'client', position: { x: 0, y: 0 }, rate: 1000 },
      {
        id: 'service',
        kind: 'service',
        label: 'service',
        position: { x: 300, y: 0 },
        workers: 20,
        serviceTime: { distribution: 'exponential', meanMs: 10 },
      },
    ],
    edges: [{ id: 'calls', kind: 'rpc', source: 'client', target: 'service' }],
    scenario: { durationS, seed: 1 },
  };
}
