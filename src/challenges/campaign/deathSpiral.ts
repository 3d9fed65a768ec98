import { deathSpiral as spiral } from '../../scenarios/deathSpiral';
import { defineChallenge } from '../format';

/** Level 10: a service that slows under load, fed a backlog of timed-out work, never recovers. */
export const deathSpiral = defineChallenge({
  id: 'death-spiral',
  title: 'Stop the death spiral',
  difficulty: 'hard',
  brief:
    'The api slows down when more than 4 of its workers are busy. A 3 s surge at 10 s sends it into a spiral: it works slower on a growing backlog of requests whose callers gave up, and never recovers. Without touching the clients, make the api serve at least 90 % of requests.',
  start: { ...spiral, title: 'Stop the death spiral', lesson: [] },
  allowed: { params: { api: ['backlogLimit', 'backlogOrder', 'maxWaitMs'] } },
  goals: [{ kind: 'clientSuccess', min: 0.9 }],
  budget: 200,
  hints: [
    'Which requests in the backlog still have a caller waiting for them?',
    'Serve the newest first (LIFO), and shed what waited too long to be worth serving.',
    "Set the api's backlog order to lifo, its maximum wait to a few hundred ms, and a small backlog limit.",
  ],
  debrief:
    'LIFO served the requests whose callers were still waiting, the maximum wait shed the ones already given up on, and a short backlog kept the api out of the region where it slows down. The surge passed and the api came back.',
  seeds: [1, 2, 3, 4, 5],
});
