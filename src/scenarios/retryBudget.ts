import type { StoredDocument } from '../model';
import { retryStorm } from './retryStorm';

/**
 * Lesson: the retry storm of retryStorm.ts, ended by a retry budget on the clients' calls
 * instead of a circuit breaker: retries may add at most a tenth (plus one a second) to the
 * calls of the last 10 s, so the storm cannot triple the load, and the api, left a little
 * spare capacity, drains its backlog and recovers. Longer than the storm (90 s): the
 * draining takes a while.
 */
export const retryBudget: StoredDocument = {
  ...retryStorm,
  title: 'A retry budget ends the storm',
  description:
    "The api, clients and slowdown of the retry storm, with one change: a retry budget on the clients' calls, and no circuit breaker. Over any 10 s, retries may number at most a tenth of the calls started, plus one a second; a retry over the budget is not sent, and the call fails with what failed it. During the slowdown most retries are refused, so the load stays near 90 requests a second instead of tripling. The api has a little room to spare: its backlog drains, slowly, and once the waits are under the 1 s timeout, requests succeed again — no breaker needed. Watch the api's backlog and the edge's refused retries.",
  edges: [
    {
      id: 'clients-api',
      kind: 'rpc',
      source: 'clients',
      target: 'api',
      timeoutMs: 1000,
      retry: { maxAttempts: 3, backoff: 'none', budget: true, budgetRatio: 0.1, budgetMinPerS: 1 },
    },
  ],
  scenario: { ...retryStorm.scenario, durationS: 90 },
  lesson: [
    {
      caption: "Same api, same load, same slowdown; the clients' retries now come out of a budget.",
      atS: 8,
    },
    {
      caption:
        'The slowdown starts the storm: calls time out, and the budget lets only about one retry in ten through.',
      atS: 14,
      focus: 'clients-api',
    },
    {
      caption:
        'The slowdown is over. The backlog is still long and most requests still time out, but the load is near 90 a second, not 240: the api drains it.',
      atS: 30,
      focus: 'api',
    },
    {
      caption: 'The backlog is gone: waits are short again, and the clients are served. The storm has ended.',
      atS: 65,
    },
  ],
};
