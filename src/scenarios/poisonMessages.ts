import type { StoredDocument } from '../model';

/**
 * Lesson 9: messages that fail every time they are processed (the queue's `poisonRate`).
 * After a fixed number of deliveries the queue sets them aside in its dead-letter queue, so
 * they neither block the others nor loop forever.
 */
export const poisonMessages: StoredDocument = {
  version: 3,
  title: 'Poison messages and the dead-letter queue',
  description:
    'Orders publishes a message per request; payments consumes them. About one message in fifty carries a payload payments cannot read — a poison message. It fails every time it is delivered, wherever it goes. The queue does not lose it: it delivers it again, up to 3 times in all, then moves it to its dead-letter queue, where someone can inspect and replay it later, and carries on with the rest. Watch the dead-letter count grow slowly all through the run while the queue stays near empty and no request fails.',
  nodes: [
    { id: 'client', kind: 'client', label: 'client', position: { x: 0, y: 120 }, rate: 50 },
    {
      id: 'orders',
      kind: 'service',
      label: 'orders',
      position: { x: 260, y: 120 },
      workers: 8,
      serviceTime: { distribution: 'exponential', meanMs: 20 },
    },
    {
      id: 'payments-queue',
      kind: 'queue',
      label: 'payments queue',
      position: { x: 520, y: 120 },
      maxAttempts: 3,
      poisonRate: 0.02,
    },
    {
      id: 'payments',
      kind: 'service',
      label: 'payments',
      position: { x: 780, y: 120 },
      workers: 8,
      serviceTime: { distribution: 'exponential', meanMs: 30 },
    },
  ],
  edges: [
    { id: 'client-orders', kind: 'rpc', source: 'client', target: 'orders' },
    { id: 'orders-publish', kind: 'async', source: 'orders', target: 'payments-queue' },
    { id: 'payments-consume', kind: 'async', source: 'payments-queue', target: 'payments' },
  ],
  scenario: { durationS: 45, seed: 1 },
  lesson: [
    {
      caption: 'Most messages are delivered once, processed and acknowledged. About 1 in 50 is poison.',
      atS: 5,
    },
    {
      caption:
        'A poison message fails every time. The queue delivers it again — up to 3 times — while the others flow past it.',
      atS: 12,
      focus: 'payments-queue',
    },
    {
      caption:
        'After its third failure it goes to the dead-letter queue, for a person to look at. Nothing else waits for it.',
      atS: 20,
      focus: 'payments-queue',
    },
    {
      caption:
        'Without a limit on deliveries, each poison message would come back forever, taking a worker every time.',
      atS: 35,
    },
  ],
};
