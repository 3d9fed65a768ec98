import { defineChallenge } from '../format';
import { client, rpc, service, startDocument } from './build';

/** Level 2: a dependency that hangs holds every caller's worker until the timeout; a short timeout fails fast. */
export const failFast = defineChallenge({
  id: 'fail-fast',
  title: 'Fail fast when a dependency hangs',
  difficulty: 'easy',
  brief:
    "From 20 s to 30 s payments hangs: it takes calls and never answers. Orders waits 3 s for each, its workers run out, and shoppers wait seconds for every page. Keep the shoppers' reply p99 under 600 ms and at least 70 % of their requests answered with success.",
  start: startDocument(
    'Fail fast when a dependency hangs',
    'shoppers → orders → payments over RPC. Payments hangs from 20 s to 30 s.',
    [
      client('shoppers', 'shoppers', 50),
      service('orders', 'orders', 1, 16, 20),
      service('payments', 'payments', 2, 8, 30),
    ],
    [
      rpc('shoppers-orders', 'shoppers', 'orders', { timeoutMs: 10_000 }),
      rpc('orders-payments', 'orders', 'payments', { timeoutMs: 3000 }),
    ],
    {
      durationS: 45,
      faults: [
        { id: 'hang-payments', kind: 'crash', target: 'payments', startS: 20, durationS: 10, mode: 'hang' },
      ],
    },
  ),
  allowed: { edges: { 'orders-payments': ['timeoutMs'] } },
  goals: [
    { kind: 'replyP99', maxMs: 600 },
    { kind: 'clientSuccess', min: 0.7 },
  ],
  budget: 250,
  hints: [
    'While payments hangs, how long does each orders worker wait, and how many calls arrive in that time?',
    'Payments answers in about 30 ms when it is healthy: a timeout of 3 s is a hundred times that.',
    'Set the orders → payments timeout to a few hundred milliseconds.',
  ],
  debrief:
    'A hang is worse than a refusal: the caller learns nothing until its timeout, and every worker it lends to the wait is a worker the healthy requests lack. A timeout a few times the normal latency turns the hang into a fast failure, and orders keeps its workers.',
  seeds: [1, 2, 3, 4, 5],
});
