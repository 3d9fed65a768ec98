import type { StoredDocument } from '../model';

type Node = StoredDocument['nodes'][number];
type Edge = StoredDocument['edges'][number];

/** One client → orders → payments chain at height `y`; only the timeout of orders' call differs. */
function chain(
  prefix: string,
  label: string,
  y: number,
  callTimeoutMs: number,
): { nodes: Node[]; edges: Edge[] } {
  return {
    nodes: [
      { id: `${prefix}-client`, kind: 'client', label: `${label} client`, position: { x: 0, y }, rate: 50 },
      {
        id: `${prefix}-orders`,
        kind: 'service',
        label: `orders (${label})`,
        position: { x: 280, y },
        workers: 16,
        serviceTime: { distribution: 'exponential', meanMs: 20 },
      },
      {
        id: `${prefix}-payments`,
        kind: 'service',
        label: `payments (${label})`,
        position: { x: 560, y },
        workers: 8,
        serviceTime: { distribution: 'exponential', meanMs: 30 },
      },
    ],
    edges: [
      {
        id: `${prefix}-call-orders`,
        kind: 'rpc',
        source: `${prefix}-client`,
        target: `${prefix}-orders`,
        timeoutMs: 10_000,
      },
      {
        id: `${prefix}-call-payments`,
        kind: 'rpc',
        source: `${prefix}-orders`,
        target: `${prefix}-payments`,
        timeoutMs: callTimeoutMs,
      },
    ],
  };
}

const refuse = chain('refuse', 'refuses', 0, 3000);
const hang = chain('hang', 'hangs', 200, 3000);
const short = chain('short', 'hangs, 200 ms timeout', 400, 200);

/**
 * Lesson 3: the same outage, felt three ways. A dependency that refuses fails its callers
 * at once; one that hangs holds their workers until the timeout, and the caller itself
 * stops answering. A short timeout turns a hang back into a fast failure.
 */
export const hangVsRefuse: StoredDocument = {
  version: 3,
  title: 'Hang vs refuse: why timeouts matter',
  description:
    'Three identical chains; in each, payments goes down at 20 s for 10 s. At the top it refuses connections: orders hears "no" at once and fails fast. In the middle it hangs: orders waits 3 s for an answer that never comes, its 16 workers are all stuck waiting, new requests pile up behind them and are rejected — orders looks broken though nothing is wrong with it. At the bottom it hangs too, but orders gives up after 200 ms: its workers are busier, yet never all stuck, and every request gets its answer — an error — within a fraction of a second. Watch orders\' utilisation and the client latency in each chain.',
  nodes: [...refuse.nodes, ...hang.nodes, ...short.nodes],
  edges: [...refuse.edges, ...hang.edges, ...short.edges],
  scenario: {
    durationS: 45,
    seed: 1,
    faults: [
      {
        id: 'crash-refuse',
        kind: 'crash',
        target: 'refuse-payments',
        startS: 20,
        durationS: 10,
        mode: 'refuse',
      },
      { id: 'crash-hang', kind: 'crash', target: 'hang-payments', startS: 20, durationS: 10, mode: 'hang' },
      { id: 'crash-short', kind: 'crash', target: 'short-payments', startS: 20, durationS: 10, mode: 'hang' },
    ],
  },
  lesson: [
    {
      caption:
        'Three identical chains. Only the way payments fails, and how long orders waits for it, will differ.',
      atS: 10,
    },
    {
      caption:
        'Payments is down in all three. Top: it refuses, and orders fails each request in milliseconds.',
      atS: 21,
      focus: 'refuse-orders',
    },
    {
      caption:
        'Middle: payments hangs. Every orders worker waits 3 s for it; requests queue behind them and are rejected. Orders is a victim, and it looks like the culprit.',
      atS: 25,
      focus: 'hang-orders',
    },
    {
      caption:
        'Bottom: the same hang, but orders gives up after 200 ms. Some workers wait, never all of them; it fails fast, almost as if payments refused.',
      atS: 27,
      focus: 'short-orders',
    },
    {
      caption:
        'Payments is back. A fast failure beats a slow one: set timeouts close to how long a healthy answer takes.',
      // Not before 34 s: calls sent into the hang just before 30 s only time out after 3 s.
      atS: 34,
    },
  ],
};
