import type { StoredDocument } from '../model';

type Node = StoredDocument['nodes'][number];
type Edge = StoredDocument['edges'][number];

function pipeline(prefix: string, label: string, y: number, capacity: number | 'unlimited') {
  const nodes: Node[] = [
    { id: `${prefix}-client`, kind: 'client', label: 'customers', position: { x: 0, y }, rate: 40 },
    {
      id: `${prefix}-api`,
      kind: 'service',
      label: 'api',
      position: { x: 260, y },
      workers: 8,
      serviceTime: { distribution: 'exponential', meanMs: 10 },
    },
    { id: `${prefix}-queue`, kind: 'queue', label, position: { x: 520, y }, capacity },
    {
      id: `${prefix}-worker`,
      kind: 'service',
      label: 'worker',
      position: { x: 780, y },
      workers: 8,
      serviceTime: { distribution: 'exponential', meanMs: 100 },
    },
  ];
  const edges: Edge[] = [
    { id: `${prefix}-submit`, kind: 'rpc', source: `${prefix}-client`, target: `${prefix}-api` },
    { id: `${prefix}-publish`, kind: 'async', source: `${prefix}-api`, target: `${prefix}-queue` },
    { id: `${prefix}-consume`, kind: 'async', source: `${prefix}-queue`, target: `${prefix}-worker` },
  ];
  return { nodes, edges };
}

const unbounded = pipeline('unbounded', 'queue (unlimited)', 0, 'unlimited');
const bounded = pipeline('bounded', 'queue (100 messages)', 240, 100);

/**
 * Lesson 8: a surge larger than the consumer can handle. An unlimited queue accepts it all
 * and completes it late; a bounded queue refuses publishes when full (backpressure), the
 * api tells the client at once (load shedding), and what it accepts completes on time.
 */
export const loadShedding: StoredDocument = {
  version: 3,
  title: 'Load shedding and backpressure on a bounded queue',
  description:
    'Customers submit 40 jobs a second; the workers finish 80 a second. From 15 s to 30 s a surge triples the load to 120 a second. At the top the queue has no limit: it accepts everything, grows by 40 messages a second, and jobs submitted late in the surge complete many seconds after they were "accepted". At the bottom the queue holds at most 100 messages: once full, it refuses new ones (backpressure), the api passes the refusal on, and the client hears "busy, try later" at once (load shedding). What it accepts still completes within about a second. Watch each queue\'s depth, the age of its oldest message, and completion times.',
  nodes: [...unbounded.nodes, ...bounded.nodes],
  edges: [...unbounded.edges, ...bounded.edges],
  scenario: {
    durationS: 60,
    seed: 1,
    faults: [
      {
        id: 'surge-unbounded',
        kind: 'surge',
        target: 'unbounded-client',
        startS: 15,
        durationS: 15,
        factor: 3,
      },
      { id: 'surge-bounded', kind: 'surge', target: 'bounded-client', startS: 15, durationS: 15, factor: 3 },
    ],
  },
  lesson: [
    { caption: '40 jobs a second in, 80 a second of capacity: both queues stay nearly empty.', atS: 10 },
    { caption: 'A surge: 120 jobs a second. Both queues start to fill.', atS: 17 },
    {
      caption:
        'Bottom: the queue is full and refuses new jobs; clients are told at once. Top: the queue keeps growing, and so does the wait.',
      atS: 24,
      focus: 'bounded-queue',
    },
    {
      caption:
        'The surge is over. The top queue still takes seconds to drain: its "accepted" jobs were late. Nothing at the bottom was.',
      atS: 32,
      focus: 'unbounded-queue',
    },
  ],
};
