import type { StoredDocument } from '../model';

type Node = StoredDocument['nodes'][number];

function subscriber(id: string, label: string, y: number): Node {
  return {
    id,
    kind: 'service',
    label,
    position: { x: 780, y },
    workers: 4,
    serviceTime: { distribution: 'exponential', meanMs: 20 },
  };
}

/**
 * Lesson 10: one event, three subscribers, each with its own subscription. One subscriber
 * goes down; its messages wait for it while the other two carry on untouched.
 */
export const fanOut: StoredDocument = {
  version: 3,
  title: 'Fan-out: one event, three subscribers, one down',
  description:
    'Each order publishes one "order placed" event. Three services subscribe: email, inventory and analytics. Each subscription gets its own copy of every event and its own place in the queue. At 20 s analytics crashes for 10 s. Email and inventory do not notice: they keep receiving every event on time. The analytics copies wait in the queue and are processed when it returns. An order counts as completed only when all three have handled it, so completion times grow for orders placed during the outage — and no order fails.',
  nodes: [
    { id: 'client', kind: 'client', label: 'shop', position: { x: 0, y: 200 }, rate: 50 },
    {
      id: 'orders',
      kind: 'service',
      label: 'orders',
      position: { x: 260, y: 200 },
      workers: 8,
      serviceTime: { distribution: 'exponential', meanMs: 20 },
    },
    { id: 'order-events', kind: 'queue', label: 'order placed', position: { x: 520, y: 200 } },
    subscriber('email', 'email', 0),
    subscriber('inventory', 'inventory', 200),
    subscriber('analytics', 'analytics', 400),
  ],
  edges: [
    { id: 'client-orders', kind: 'rpc', source: 'client', target: 'orders' },
    { id: 'orders-publish', kind: 'async', source: 'orders', target: 'order-events' },
    { id: 'to-email', kind: 'async', source: 'order-events', target: 'email' },
    { id: 'to-inventory', kind: 'async', source: 'order-events', target: 'inventory' },
    { id: 'to-analytics', kind: 'async', source: 'order-events', target: 'analytics' },
  ],
  scenario: {
    durationS: 50,
    seed: 1,
    faults: [
      { id: 'analytics-down', kind: 'crash', target: 'analytics', startS: 20, durationS: 10, mode: 'refuse' },
    ],
  },
  lesson: [
    { caption: 'One event per order; three subscribers each get a copy.', atS: 10 },
    { caption: 'Analytics is down. Do email and inventory notice?', atS: 22, focus: 'analytics' },
    {
      caption: "They do not. Only analytics' copies wait in the queue; orders are accepted as before.",
      atS: 28,
      focus: 'order-events',
    },
    { caption: 'Analytics is back and catches up. Every order completes; some later than others.', atS: 34 },
  ],
};
