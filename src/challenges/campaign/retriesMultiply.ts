import { retryStorm } from '../../scenarios/retryStorm';
import { defineChallenge } from '../format';

/** Level 4: immediate retries turn a short slowdown into a storm that never ends. */
export const retriesMultiply = defineChallenge({
  id: 'retries-multiply',
  title: 'Retries that do not multiply',
  difficulty: 'medium',
  brief:
    "The api answers 100 requests a second; the clients send 80, with a 1 s timeout and up to 3 attempts at once. A 5 s slowdown at 10 s starts a retry storm that never ends. Change the clients' timeout and retries so that at least 85 % of requests succeed.",
  start: { ...retryStorm, title: 'Retries that do not multiply', lesson: [] },
  allowed: { edges: { 'clients-api': ['timeoutMs', 'retry'] } },
  goals: [{ kind: 'clientSuccess', min: 0.85 }],
  budget: 100,
  hints: [
    'Count the calls per second the api receives during the storm: requests × attempts.',
    'After the slowdown the api has a backlog of seconds of work. With a 1 s timeout, whose requests does it finish?',
    'Stop retrying at once, and give the call a timeout longer than the wait while the backlog drains (a few seconds).',
  ],
  debrief:
    "Each timed-out call came back as up to two more, and each was timed out again before the api reached it: the api worked at full speed on requests nobody waited for. Without immediate retries the load stays at the real demand, and with a timeout longer than the backlog's wait the work the api does is work someone still wants.",
  seeds: [1, 2, 3, 4, 5],
});
