import type { StoredDocument } from '../model';

/**
 * Lesson 4: metastable failure. A short slowdown pushes the api past its capacity; clients
 * retry what timed out, tripling the load, and the api never catches up, although the
 * slowdown is long over. The second document ends it with a circuit breaker.
 */
export const retryStorm: StoredDocument = {
  version: 3,
  title: 'A retry storm that does not end',
  description:
    'The api can answer 100 requests a second; the clients send 80. Each call times out after 1 s and is retried at once, up to 3 attempts. At 10 s the api is slowed down for 5 s. Requests wait longer than 1 s, time out, and come back as retries: 80 requests become up to 240 calls a second. The api spends all its time on requests whose callers have already given up. Watch what happens when the slowdown ends at 15 s: nothing. The system stays broken, with nothing wrong in it — a metastable failure.',
  nodes: [
    { id: 'clients', kind: 'client', label: 'clients', position: { x: 0, y: 120 }, rate: 80 },
    {
      id: 'api',
      kind: 'service',
      label: 'api',
      position: { x: 320, y: 120 },
      workers: 8,
      backlogLimit: 1000,
      serviceTime: { distribution: 'exponential', meanMs: 80 },
    },
  ],
  edges: [
    {
      id: 'clients-api',
      kind: 'rpc',
      source: 'clients',
      target: 'api',
      timeoutMs: 1000,
      retry: { maxAttempts: 3, backoff: 'none' },
    },
  ],
  scenario: {
    durationS: 60,
    seed: 1,
    faults: [{ id: 'slowdown', kind: 'slow', target: 'api', startS: 10, durationS: 5, factor: 4 }],
  },
  lesson: [
    { caption: 'The api is busy but healthy: 80 of its 100 requests a second.', atS: 8, focus: 'api' },
    {
      caption: 'The api slows down. Requests wait longer than the 1 s timeout; clients retry them.',
      atS: 13,
    },
    {
      caption:
        'The slowdown is over. Is the api recovering? Look at successes per second and at the backlog.',
      atS: 20,
    },
    {
      caption:
        'No. Every request the api finishes has already timed out: it works at full speed for nobody. Only shedding the extra load ends it — see the next scenario.',
      atS: 40,
    },
  ],
};

/** The same storm with a circuit breaker on the clients' calls: it sheds the retries and the api recovers. */
export const retryStormFixed: StoredDocument = {
  ...retryStorm,
  title: 'The retry storm, ended by a circuit breaker',
  description:
    "The same api, clients and slowdown, with one change: a circuit breaker on the clients' calls. When more than half the calls in the last 5 s failed, it opens and fails calls at once for 3 s without sending them. The api gets a pause, works through its backlog, and when the breaker lets a few probe calls through they succeed. Compare successes per second with the storm that never ended.",
  edges: [
    {
      id: 'clients-api',
      kind: 'rpc',
      source: 'clients',
      target: 'api',
      timeoutMs: 1000,
      retry: { maxAttempts: 3, backoff: 'none' },
      breaker: {
        enabled: true,
        failureThreshold: 0.5,
        windowS: 5,
        minimumCalls: 20,
        openS: 3,
        halfOpenProbes: 3,
      },
    },
  ],
  lesson: [
    {
      caption: "Same api, same load, same slowdown; the clients' calls now go through a circuit breaker.",
      atS: 8,
    },
    {
      caption: 'The slowdown starts the storm; failures pass half and the breaker opens.',
      atS: 14,
      focus: 'clients-api',
    },
    {
      caption: 'While it is open, calls fail at once and the api drains its backlog.',
      atS: 20,
      focus: 'api',
    },
    { caption: 'Probes succeed, the breaker closes, and the api serves everyone again.', atS: 40 },
  ],
};
