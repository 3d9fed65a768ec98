import type { StoredDocument } from '../model';

/**
 * Lesson 9: messages that fail every time they are processed. After a fixed number of
 * deliveries the queue sets them aside in its dead-letter queue, so they neither block the
 * others nor loop forever.
 */
export const poisonMessages: StoredDocument = {
  version: 2,
  title: 'Poison messages and the dead-letter queue',
  description:
    'Orders publishes a message per request; payments consumes them. From 20 s to 25 s a bad configuration makes payments fail every message it takes. A failed message is not lost: the queue delivers it again, up to 3 times in all. A message that still fails is a poison message for this consumer; the queue moves it to its dead-letter queue, where someone can inspect and replay it later, and carries on with the rest. Watch the dead-letter count grow during the bad 5 s and stop, while the queue never backs up.',
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
  scenario: {
    durationS: 45,
    seed: 1,
    faults: [{ id: 'bad-config', kind: 'errors', target: 'payments', startS: 20, durationS: 5, rate: 1 }],
  },
  lesson: [
    { caption: 'Every message is delivered once, processed and acknowledged.', atS: 10 },
    {
      caption: 'Payments fails every message. The queue redelivers each one — up to 3 times.',
      atS: 21,
      focus: 'payments-queue',
    },
    {
      caption: 'Messages that failed 3 times go to the dead-letter queue; the others keep flowing.',
      atS: 24,
      focus: 'payments-queue',
    },
    { caption: 'Payments is fixed. The dead letters wait for a person; nothing else is stuck.', atS: 30 },
  ],
};
