import type { StoredDocument } from '../model';

type Node = StoredDocument['nodes'][number];
type Edge = StoredDocument['edges'][number];

/** The same API, at height `y`: 5 workers, 20 ms on average, stalling when a fault says so. */
function api(prefix: string, label: string, y: number, client: Node): { nodes: Node[]; edges: Edge[] } {
  return {
    nodes: [
      client,
      {
        id: `${prefix}-api`,
        kind: 'service',
        label: `api (${label})`,
        position: { x: 320, y },
        workers: 5,
        backlogLimit: 'unlimited',
        serviceTime: { distribution: 'exponential', meanMs: 20 },
      },
    ],
    edges: [
      { id: `${prefix}-calls`, kind: 'rpc', source: client.id, target: `${prefix}-api`, timeoutMs: 1500 },
    ],
  };
}

/** Five users who think 80 ms between answers: at most 50 requests a second, as many as the open loop sends. */
const tester = api('test', 'load test', 0, {
  id: 'load-tester',
  kind: 'client',
  label: 'load tester (5 users)',
  position: { x: 0, y: 0 },
  loop: 'closed',
  users: 5,
  thinkTime: { distribution: 'exponential', meanMs: 80 },
});

const users = api('prod', 'production', 220, {
  id: 'real-users',
  kind: 'client',
  label: 'real users',
  position: { x: 0, y: 220 },
  rate: 50,
});

/** Both APIs stall at the same moments: for 2 s every service time is 50 times longer. */
const STALLS = [15, 35, 55];

/**
 * Coordinated omission. A closed-loop load generator waits for each answer before sending
 * the next request, so when the system stalls it stops sending and records a handful of
 * slow requests; real users keep arriving, pile up behind the stall and time out.
 */
export const loadTestLied: StoredDocument = {
  version: 3,
  title: 'Why your load test lied',
  description:
    "Two copies of the same API, stalling at the same moments (15 s, 35 s, 55 s: every request takes a second instead of 20 ms, for 2 s). At the top, a load tester with 5 users: each sends, waits for the answer, thinks 80 ms, sends again — about 50 requests a second. At the bottom, real users arrive at 50 a second whether or not earlier requests were answered. When the API stalls, the load tester's users are stuck waiting, so it stops sending: it records at most five slow requests at a time, and its report looks healthy. The real users keep coming, queue behind the stall and time out. Compare the two clients' latency and failures.",
  nodes: [...tester.nodes, ...users.nodes],
  edges: [...tester.edges, ...users.edges],
  scenario: {
    durationS: 70,
    seed: 1,
    faults: STALLS.flatMap((atS) => [
      { id: `stall-test-${atS}`, kind: 'slow', target: 'test-api', startS: atS, durationS: 2, factor: 50 },
      { id: `stall-prod-${atS}`, kind: 'slow', target: 'prod-api', startS: atS, durationS: 2, factor: 50 },
    ]),
  },
  lesson: [
    {
      caption:
        'The same API twice. Top: a load tester with 5 users, each waiting for its answer before the next request. Bottom: real users arriving at 50 a second.',
      atS: 5,
      focus: 'load-tester',
    },
    {
      caption:
        "The API stalls. The load tester's five users are all waiting on it, so it sends nothing: its rate drops to zero.",
      atS: 16,
      focus: 'load-tester',
    },
    {
      caption: 'Real users keep arriving during the stall. They queue behind it, wait seconds and time out.',
      atS: 19,
      focus: 'real-users',
    },
    {
      caption:
        'Over the run, the load test saw only a few slow requests per stall: its 99th percentile stays low, under 1 % failed. Production, at the same rate, had dozens of timeouts at every stall. Load-test with an open loop, at the rate your users really arrive.',
      atS: 60,
    },
  ],
};
