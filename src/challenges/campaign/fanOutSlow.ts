import { defineChallenge } from '../format';
import { client, rpc, service, startDocument } from './build';

/** Level 8: a fan-out over RPC is as slow as its slowest subscriber; through a queue it is not. */
export const fanOutSlow = defineChallenge({
  id: 'fan-out-slow',
  title: 'Fan-out with a slow subscriber',
  difficulty: 'hard',
  brief:
    'Each order calls email, inventory and analytics, and waits for all three. From 20 s to 40 s analytics is 20 times slower, and orders fail. No order may fail, replies must stay under 300 ms (p99), and no event may be lost.',
  start: startDocument(
    'Fan-out with a slow subscriber',
    'shop → orders, which calls email, inventory and analytics. Analytics is slow from 20 s to 40 s.',
    [
      client('shop', 'shop', 50),
      service('orders', 'orders', 1, 16, 20),
      service('email', 'email', 3, 4, 20, {}, -1),
      service('inventory', 'inventory', 3, 4, 20),
      service('analytics', 'analytics', 3, 4, 20, {}, 1),
    ],
    [
      rpc('shop-orders', 'shop', 'orders', { timeoutMs: 2000 }),
      rpc('to-email', 'orders', 'email', { timeoutMs: 1000 }),
      rpc('to-inventory', 'orders', 'inventory', { timeoutMs: 1000 }),
      rpc('to-analytics', 'orders', 'analytics', { timeoutMs: 1000 }),
    ],
    {
      durationS: 50,
      faults: [
        { id: 'slow-analytics', kind: 'slow', target: 'analytics', startS: 20, durationS: 20, factor: 20 },
      ],
    },
  ),
  allowed: {
    addKinds: ['queue'],
    edges: { 'to-email': ['async'], 'to-inventory': ['async'], 'to-analytics': ['async'] },
  },
  goals: [
    { kind: 'clientSuccess', min: 1 },
    { kind: 'replyP99', maxMs: 300 },
    { kind: 'nothingLost', allowDeadLettered: 0, allowExpired: 0 },
  ],
  budget: 400,
  hints: [
    'Does the shop need analytics to be done before it is told the order is placed?',
    'Publish one "order placed" event to a queue; each subscriber gets its own copy and works at its own pace.',
  ],
  debrief:
    'Through a queue, orders publishes once and answers; email, inventory and analytics each get their own subscription. Analytics fell behind and caught up later, and nobody else noticed.',
  seeds: [1, 2, 3, 4, 5],
});
