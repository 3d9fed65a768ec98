import type { StoredDocument } from '../model';

type Node = StoredDocument['nodes'][number];
type Edge = StoredDocument['edges'][number];

function chain(prefix: string, y: number, instances: number): { nodes: Node[]; edges: Edge[] } {
  return {
    nodes: [
      { id: `${prefix}-client`, kind: 'client', label: 'client', position: { x: 0, y }, rate: 50 },
      {
        id: `${prefix}-orders`,
        kind: 'service',
        label: 'orders',
        position: { x: 280, y },
        workers: 8,
        serviceTime: { distribution: 'exponential', meanMs: 20 },
      },
      {
        id: `${prefix}-payments`,
        kind: 'service',
        label: `payments × ${instances}`,
        position: { x: 560, y },
        instances,
        workers: 8,
        serviceTime: { distribution: 'exponential', meanMs: 30 },
      },
    ],
    edges: [
      { id: `${prefix}-client-orders`, kind: 'rpc', source: `${prefix}-client`, target: `${prefix}-orders` },
      {
        id: `${prefix}-orders-payments`,
        kind: 'rpc',
        source: `${prefix}-orders`,
        target: `${prefix}-payments`,
      },
    ],
  };
}

const single = chain('single', 0, 1);
const triple = chain('triple', 240, 3);

/**
 * Lesson 12: a rolling redeploy restarts instances one at a time. With one instance it is an
 * outage; with three, two keep serving while the third restarts. Only the seconds before the
 * load balancer notices an instance is gone cost requests.
 */
export const rollingRedeploy: StoredDocument = {
  version: 3,
  title: 'Rolling redeploy: three instances vs one',
  description:
    'Both payments services are redeployed at 20 s; each instance takes 10 s to restart, one after another. At the top payments has one instance: the redeploy is a 10 s outage, and nearly every request in it fails. At the bottom it has three: while one restarts, the other two take the traffic. The load balancer needs 1 s to notice an instance went down (a health-check delay); in that second a third of the calls still go to it and are refused. Watch the failures of each client: a wall at the top, three small blips at the bottom.',
  nodes: [...single.nodes, ...triple.nodes],
  edges: [...single.edges, ...triple.edges],
  scenario: {
    durationS: 60,
    seed: 1,
    faults: [
      {
        id: 'redeploy-single',
        kind: 'redeploy',
        target: 'single-payments',
        startS: 20,
        durationS: 10,
        mode: 'refuse',
        healthCheckDelayS: 1,
      },
      {
        id: 'redeploy-triple',
        kind: 'redeploy',
        target: 'triple-payments',
        startS: 20,
        durationS: 10,
        mode: 'refuse',
        healthCheckDelayS: 1,
      },
    ],
  },
  lesson: [
    { caption: 'The same chain twice: payments has one instance at the top, three at the bottom.', atS: 10 },
    {
      caption: 'The redeploy starts. Top: the only instance is down, and so is payments.',
      atS: 22,
      focus: 'single-payments',
    },
    {
      caption:
        'Bottom: one instance restarts while two serve. Only the first second of each restart, before the health check notices, costs requests.',
      atS: 31,
      focus: 'triple-payments',
    },
    { caption: "Both redeploys are done. Compare the two clients' failures.", atS: 52 },
  ],
};
