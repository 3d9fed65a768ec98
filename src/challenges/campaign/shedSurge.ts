import { defineChallenge } from '../format';
import { async, client, queue, rpc, service, startDocument } from './build';

/** Level 9: an unlimited queue accepts a surge and completes it far too late; a bounded one sheds it. */
export const shedSurge = defineChallenge({
  id: 'shed-surge',
  title: 'Shed a surge',
  difficulty: 'hard',
  brief:
    'Customers submit jobs that a worker handles from a queue. From 15 s to 30 s they send three times as many as the worker can take. The queue accepts them all, and jobs complete minutes late. Every job accepted must complete within 5 s (p99), and at least 60 % of submissions must be accepted.',
  start: startDocument(
    'Shed a surge',
    'customers → api → queue → worker. Three times the traffic from 15 s to 30 s.',
    [
      client('customers', 'customers', 40),
      service('api', 'api', 1, 8, 10),
      queue('jobs', 'jobs queue', 2, { capacity: 'unlimited' }),
      service('worker', 'worker', 3, 8, 100),
    ],
    [rpc('submit', 'customers', 'api'), async('publish', 'api', 'jobs'), async('consume', 'jobs', 'worker')],
    {
      durationS: 60,
      faults: [{ id: 'surge', kind: 'surge', target: 'customers', startS: 15, durationS: 15, factor: 3 }],
    },
  ),
  allowed: { params: { jobs: ['capacity'] } },
  goals: [
    { kind: 'completionP99', maxMs: 5000 },
    { kind: 'clientSuccess', min: 0.6 },
  ],
  budget: 300,
  hints: [
    'The worker completes 80 jobs a second. How long does the last job of a 15 s surge wait?',
    'A job refused at once is better than one accepted and done a minute later: the customer can come back.',
    "Give the queue a capacity: the worker's rate times the wait you accept.",
  ],
  debrief:
    'A full queue refused new jobs, and the api told customers at once (load shedding with backpressure). What was accepted completed on time; what was refused was refused in milliseconds, not after a minute in a queue.',
  seeds: [1, 2, 3, 4, 5],
});
