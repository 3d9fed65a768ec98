import { defineChallenge } from '../format';
import { client, rpc, service, startDocument } from './build';

/** Level 5: a circuit breaker keeps the caller's workers when a dependency hangs. */
export const breaker = defineChallenge({
  id: 'breaker',
  title: 'Break the circuit',
  difficulty: 'medium',
  brief:
    'The product page shows reviews, and can do without them (a fallback). From 20 s to 35 s reviews hangs: each call holds a product-page worker for 2 s, and shoppers are turned away. Keep 99 % of pages served.',
  start: startDocument(
    'Break the circuit',
    'shoppers → product page → reviews. Reviews hangs from 20 s to 35 s; the call has a fallback.',
    [
      client('shoppers', 'shoppers', 50),
      service('product', 'product page', 1, 16, 20),
      service('reviews', 'reviews', 2, 8, 30),
    ],
    [
      rpc('shoppers-product', 'shoppers', 'product', { timeoutMs: 10_000 }),
      rpc('product-reviews', 'product', 'reviews', { timeoutMs: 2000, fallback: true }),
    ],
    {
      durationS: 50,
      faults: [
        { id: 'hang-reviews', kind: 'crash', target: 'reviews', startS: 20, durationS: 15, mode: 'hang' },
      ],
    },
  ),
  allowed: { edges: { 'product-reviews': ['breaker'] } },
  goals: [{ kind: 'clientSuccess', min: 0.99 }],
  budget: 250,
  hints: [
    'The fallback is fast; the wait before it is not. What if the product page stopped calling reviews for a while?',
    'Turn on the circuit breaker of the product page → reviews call.',
  ],
  debrief:
    'After a few timeouts the breaker opened, and calls took the fallback at once instead of waiting 2 s each: the product page kept its workers and served pages without reviews. Probe calls found reviews back, and the breaker closed.',
  seeds: [1, 2, 3, 4, 5],
});
