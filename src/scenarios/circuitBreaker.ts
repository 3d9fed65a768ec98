import type { StoredDocument } from '../model';

type Node = StoredDocument['nodes'][number];
type Edge = StoredDocument['edges'][number];

function chain(prefix: string, y: number, breaker: boolean): { nodes: Node[]; edges: Edge[] } {
  return {
    nodes: [
      { id: `${prefix}-client`, kind: 'client', label: 'shoppers', position: { x: 0, y }, rate: 50 },
      {
        id: `${prefix}-product`,
        kind: 'service',
        label: 'product page',
        position: { x: 300, y },
        workers: 16,
        serviceTime: { distribution: 'exponential', meanMs: 20 },
      },
      {
        id: `${prefix}-reviews`,
        kind: 'service',
        label: 'reviews',
        position: { x: 600, y },
        workers: 8,
        serviceTime: { distribution: 'exponential', meanMs: 30 },
      },
    ],
    edges: [
      {
        id: `${prefix}-pages`,
        kind: 'rpc',
        source: `${prefix}-client`,
        target: `${prefix}-product`,
        timeoutMs: 10_000,
      },
      {
        id: `${prefix}-product-reviews`,
        kind: 'rpc',
        source: `${prefix}-product`,
        target: `${prefix}-reviews`,
        timeoutMs: 2000,
        fallback: true,
        breaker: breaker
          ? {
              enabled: true,
              failureThreshold: 0.5,
              windowS: 2,
              minimumCalls: 10,
              openS: 3,
              halfOpenProbes: 3,
            }
          : { enabled: false },
      },
    ],
  };
}

const plain = chain('plain', 0, false);
const guarded = chain('guarded', 220, true);

/**
 * Lesson 6: a dependency hangs. Without a breaker the caller's workers wait out every
 * timeout and the caller stops answering, fallback or not; with one, after a few timeouts
 * the caller stops calling, takes the fallback at once, and keeps its workers.
 */
export const circuitBreaker: StoredDocument = {
  version: 3,
  title: 'A circuit breaker protects its caller',
  description:
    "Two identical shops. The product page shows reviews, and can do without them (a fallback: the page without reviews). From 20 s to 35 s reviews hangs. At the top, the product page keeps calling it: each call holds a worker for the full 2 s timeout before the fallback kicks in, all 16 workers are soon waiting, and shoppers are turned away although the page could be served. At the bottom the call goes through a circuit breaker: once half the calls of the last 2 s have failed it opens, and for 3 s every call fails at once without being sent — straight to the fallback. Then it lets 3 probe calls through; when reviews is back they succeed and it closes. Watch the product page's utilisation, the breaker on the bottom edge, and the shoppers' failures.",
  nodes: [...plain.nodes, ...guarded.nodes],
  edges: [...plain.edges, ...guarded.edges],
  scenario: {
    durationS: 50,
    seed: 1,
    faults: [
      { id: 'hang-plain', kind: 'crash', target: 'plain-reviews', startS: 20, durationS: 15, mode: 'hang' },
      {
        id: 'hang-guarded',
        kind: 'crash',
        target: 'guarded-reviews',
        startS: 20,
        durationS: 15,
        mode: 'hang',
      },
    ],
  },
  lesson: [
    {
      caption: 'Two identical shops. The bottom call to reviews has a circuit breaker, closed for now.',
      atS: 10,
    },
    {
      caption: 'Reviews hangs. Both product pages wait 2 s on every call; their workers fill up.',
      atS: 22,
      focus: 'plain-product',
    },
    {
      caption:
        'Bottom: the breaker has opened. Calls fail at once, the page is served without reviews, and its workers are free. Top: still waiting, still turning shoppers away.',
      atS: 26,
      focus: 'guarded-product-reviews',
    },
    { caption: "Reviews is back. The breaker's probes succeed and it closes.", atS: 40 },
  ],
};
