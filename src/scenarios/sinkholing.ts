import type { StoredDocument } from '../model';

type Node = StoredDocument['nodes'][number];
type Edge = StoredDocument['edges'][number];

/**
 * One client → load balancer (least outstanding) → three api instances at height `y`; only
 * whether the balancer ejects failing backends differs.
 */
function pool(prefix: string, label: string, y: number, ejection: boolean): { nodes: Node[]; edges: Edge[] } {
  const apis = [1, 2, 3].map(
    (i): Node => ({
      id: `${prefix}-api-${i}`,
      kind: 'service',
      label: `api ${i} (${label})`,
      position: { x: 560, y: y + (i - 2) * 110 },
      workers: 8,
      serviceTime: { distribution: 'exponential', meanMs: 50 },
    }),
  );
  return {
    nodes: [
      { id: `${prefix}-client`, kind: 'client', label: `${label} client`, position: { x: 0, y }, rate: 200 },
      {
        id: `${prefix}-lb`,
        kind: 'balancer',
        label: `balancer (${label})`,
        position: { x: 280, y },
        strategy: 'leastOutstanding',
        ...(ejection ? { outlierEjection: { enabled: true, consecutiveFailures: 5, ejectionS: 10 } } : {}),
      },
      ...apis,
    ],
    edges: [
      {
        id: `${prefix}-calls`,
        kind: 'rpc',
        source: `${prefix}-client`,
        target: `${prefix}-lb`,
        latencyMs: 1,
        timeoutMs: 2000,
      },
      ...apis.map(
        (api): Edge => ({
          id: `${prefix}-lb-${api.id.slice(prefix.length + 1)}`,
          kind: 'rpc',
          source: `${prefix}-lb`,
          target: api.id,
          latencyMs: 1,
          timeoutMs: 2000,
        }),
      ),
    ],
  };
}

const plain = pool('plain', 'no ejection', 0, false);
const guarded = pool('ejecting', 'ejection', 400, true);

/**
 * Lesson: sinkholing. A crashed instance that refuses at once is the "fastest" backend there
 * is: a least-outstanding balancer without health checks sends it most of the traffic. Passive
 * outlier ejection takes it out after a few failures in a row.
 */
export const sinkholing: StoredDocument = {
  version: 3,
  title: 'Sinkholing: a crashed backend draws the traffic',
  description:
    'Two identical pools of three api instances behind a load balancer that sends each call to the instance with the fewest calls in progress. At 10 s api 1 crashes in both pools for 30 s and refuses every call at once. At the top the balancer keeps no account of failures: the crashed instance never has a call in progress, so it looks the least busy and draws most of the traffic — most requests fail though two healthy instances sit half idle. At the bottom the balancer ejects an instance after 5 failures in a row, for 10 s at a time: a handful of requests fail at each try, and the rest go to the healthy instances. Watch the share of the calls api 1 receives, and the failed requests of each client.',
  nodes: [...plain.nodes, ...guarded.nodes],
  edges: [...plain.edges, ...guarded.edges],
  scenario: {
    durationS: 50,
    seed: 1,
    faults: [
      { id: 'crash-plain', kind: 'crash', target: 'plain-api-1', startS: 10, durationS: 30, mode: 'refuse' },
      {
        id: 'crash-ejecting',
        kind: 'crash',
        target: 'ejecting-api-1',
        startS: 10,
        durationS: 30,
        mode: 'refuse',
      },
    ],
  },
  lesson: [
    {
      caption:
        'Two identical pools behind a least-outstanding balancer. The calls spread evenly over the three instances.',
      atS: 8,
    },
    {
      caption:
        'api 1 has crashed in both pools. Top: it refuses at once, so it never has a call in progress and the balancer sends it most of the calls. Most requests fail.',
      atS: 14,
      focus: 'plain-lb',
    },
    {
      caption:
        'Bottom: after 5 failures in a row the balancer ejected api 1 (its edge is marked). The two healthy instances take all the calls.',
      atS: 16,
      focus: 'ejecting-lb',
    },
    {
      caption:
        'Every 10 s the ejection ends and api 1 gets another chance: 5 more failures, and it is out again. At the top the sinkhole goes on for as long as the crash.',
      atS: 30,
    },
    {
      caption:
        'The crash is over and api 1 serves again. Health checks or outlier ejection are what keep a fast-failing instance from swallowing the traffic.',
      atS: 45,
    },
  ],
};
