import { defineChallenge } from '../format';
import { client, rpc, service, startDocument } from './build';

/** The last level: a surge starts a metastable retry storm; end it without buying your way out. */
export const stormOnABudget = defineChallenge({
  id: 'storm-on-a-budget',
  title: 'A retry storm on a budget',
  difficulty: 'expert',
  brief:
    'Checkout calls the api with a 1 s timeout and up to 4 attempts at once. A surge of twice the traffic from 10 s to 20 s tips it into a retry storm that outlives the surge. Checkout gives up after 1 s, and that stays. More capacity would end the storm, but even one more worker costs more than the budget. Serve at least 90 % of requests, and stay within budget.',
  start: startDocument(
    'A retry storm on a budget',
    'checkout → api, retrying at once. Twice the traffic from 10 s to 20 s.',
    [client('checkout', 'checkout', 60), service('api', 'api', 1, 8, 80, { backlogLimit: 1000 })],
    [rpc('checkout-api', 'checkout', 'api', { timeoutMs: 1000, retry: { maxAttempts: 4, backoff: 'none' } })],
    {
      durationS: 50,
      faults: [{ id: 'surge', kind: 'surge', target: 'checkout', startS: 10, durationS: 10, factor: 2 }],
    },
  ),
  allowed: {
    params: { api: ['instances', 'workers', 'backlogLimit', 'backlogOrder', 'maxWaitMs'] },
    edges: { 'checkout-api': ['retry', 'breaker'] },
  },
  goals: [{ kind: 'clientSuccess', min: 0.9 }, { kind: 'withinBudget' }],
  budget: 100,
  hints: [
    'After the surge, is the api busy with requests anyone still waits for?',
    'Retries should be few when many calls fail: a retry budget or a circuit breaker.',
    "The api's backlog holds seconds of work: bound it, serve the newest first, or shed what waited too long.",
  ],
  debrief:
    'The storm lived on retries and on a backlog of abandoned work. A retry budget kept the load near the real demand, and a bounded backlog with a maximum wait dropped the work nobody waited for: the api recovered as soon as the surge ended, on the capacity it had.',
  seeds: [1, 2, 3, 4, 5],
});
