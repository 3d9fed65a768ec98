import { defineChallenge } from '../format';
import { client, rpc, service, startDocument } from './build';

/** Level 11: without deadlines, the ledger works for requests whose caller gave up long ago. */
export const deadlines = defineChallenge({
  id: 'deadlines',
  title: 'Work nobody waits for',
  difficulty: 'hard',
  brief:
    'The api stalls from 15 s to 30 s. Its calls pile up, then reach the ledger all at once, and the ledger spends its time on requests the client gave up on seconds before. Recovery takes far longer than the stall. Get at least 75 % of requests served.',
  start: startDocument(
    'Work nobody waits for',
    'client → api → ledger. The api stalls from 15 s to 30 s.',
    [
      client('client', 'client', 50),
      service('api', 'api', 1, 64, 20, { backlogLimit: 1000 }),
      service('ledger', 'ledger', 2, 8, 100, { backlogLimit: 1000 }),
    ],
    [
      rpc('call-api', 'client', 'api', { timeoutMs: 1000 }),
      rpc('call-ledger', 'api', 'ledger', { timeoutMs: 5000 }),
    ],
    {
      durationS: 60,
      faults: [{ id: 'stall', kind: 'slow', target: 'api', startS: 15, durationS: 15, factor: 100 }],
    },
  ),
  allowed: { params: { api: ['propagateDeadline'], ledger: ['propagateDeadline'] } },
  goals: [{ kind: 'clientSuccess', min: 0.75 }],
  budget: 700,
  hints: [
    'When the ledger starts a request, is the client still waiting for it?',
    'A request can carry its deadline down the chain: each service drops work whose deadline has passed.',
    'Turn on "propagate deadline" on the api and the ledger.',
  ],
  debrief:
    "With the client's deadline carried along, the api and the ledger dropped requests nobody waited for any more, and spent their time on fresh ones. The backlog cleared as soon as the stall ended.",
  seeds: [1, 2, 3, 4, 5],
});
