import { defineChallenge } from '../format';
import { client, rpc, service, startDocument } from './build';

/** Level 6: a bulkhead caps how many of the caller's workers one slow dependency can hold. */
export const bulkhead = defineChallenge({
  id: 'bulkhead',
  title: 'Build a bulkhead',
  difficulty: 'medium',
  brief:
    "The frontend renders pages with recommendations, and can do without them (a fallback). From 20 s to 35 s recommendations is 50 times slower, and the frontend's 16 workers all end up waiting for it. You may not touch the frontend nor the call's settings, but you may put a service in front of recommendations. Keep 98 % of pages served.",
  start: startDocument(
    'Build a bulkhead',
    'shoppers → frontend → recommendations. Recommendations is 50 times slower from 20 s to 35 s.',
    [
      client('shoppers', 'shoppers', 100),
      service('frontend', 'frontend', 1, 16, 20),
      service('recs', 'recommendations', 3, 8, 20, { backlogLimit: 'unlimited' }),
    ],
    [
      rpc('shoppers-frontend', 'shoppers', 'frontend', { timeoutMs: 10_000 }),
      rpc('frontend-recs', 'frontend', 'recs', { timeoutMs: 2000, fallback: true }),
    ],
    {
      durationS: 50,
      faults: [{ id: 'slow-recs', kind: 'slow', target: 'recs', startS: 20, durationS: 15, factor: 50 }],
    },
  ),
  allowed: { addKinds: ['service'], edges: { 'frontend-recs': ['replace'] } },
  goals: [{ kind: 'clientSuccess', min: 0.98 }],
  budget: 400,
  hints: [
    'The frontend can serve a page without recommendations, as long as it does not wait for them.',
    'A small pool in front of recommendations that refuses when full caps how many frontend workers can wait.',
    'Add a service with 8 workers and no backlog (backlog limit 0) and a tiny service time between frontend and recommendations; call it with a fallback.',
  ],
  debrief:
    'The bulkhead refused calls once its 8 slots were taken, so at most 8 frontend workers waited on recommendations; the other 8 took the fallback at once and kept serving pages. One slow dependency no longer took the whole service with it.',
  seeds: [1, 2, 3, 4, 5],
});
