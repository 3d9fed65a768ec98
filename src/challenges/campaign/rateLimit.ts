import { defineChallenge } from '../format';
import { client, rpc, service, startDocument } from './build';

/** Level: a batch job's surge starves the shop of a shared database; a rate limit on the batch path protects it. */
export const rateLimit = defineChallenge({
  id: 'rate-limit',
  title: 'Keep the batch job in its lane',
  difficulty: 'medium',
  brief:
    "The shop and a nightly reports job share one database. From 10 s to 30 s the reports job sends five times its usual load, the database saturates, and the shop's queries wait behind the reports. Keep the shop's success at 99.5 % and its reply p99 under 160 ms, and the database at most 85 % busy in every second.",
  start: startDocument(
    'Keep the batch job in its lane',
    'shop → orders → db, and reports job → reports → db. The reports job surges from 10 s to 30 s.',
    [
      client('shop', 'shop', 60),
      client('batch', 'reports job', 40, 0, 1),
      service('orders', 'orders', 1, 16, 5),
      service('reports', 'reports', 1, 16, 5, {}, 1),
      {
        id: 'db',
        kind: 'database',
        label: 'db',
        position: { x: 560, y: 220 },
        pool: 4,
        latency: { distribution: 'exponential', meanMs: 20 },
      },
    ],
    [
      rpc('shop-orders', 'shop', 'orders', { timeoutMs: 2000 }),
      rpc('batch-reports', 'batch', 'reports', { timeoutMs: 10_000 }),
      rpc('orders-db', 'orders', 'db', { timeoutMs: 1000 }),
      rpc('reports-db', 'reports', 'db', { timeoutMs: 5000 }),
    ],
    {
      durationS: 40,
      faults: [{ id: 'batch-surge', kind: 'surge', target: 'batch', startS: 10, durationS: 20, factor: 5 }],
    },
  ),
  allowed: { params: { reports: ['rateLimit'] } },
  goals: [
    { kind: 'clientSuccess', client: 'shop', min: 0.995 },
    { kind: 'replyP99', client: 'shop', maxMs: 160 },
    { kind: 'utilisation', node: 'db', max: 0.85 },
  ],
  budget: 500,
  hints: [
    'The database serves about 200 queries a second. How many does each client ask for during the surge?',
    'The reports job can wait; the shop cannot. Limit what reports may send, not what the shop may.',
    'Turn on the rate limit of the reports service, at about what the database can spare.',
  ],
  debrief:
    'The rate limit turned the reports job\'s surge away at the reports service, before it reached the database: the database stayed within its capacity, and the shop never noticed. The reports job saw "rate limited" and can retry later.',
  seeds: [1, 2, 3, 4, 5],
});
