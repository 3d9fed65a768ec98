import type { StoredDocument } from '../model';

/**
 * Lesson 5: two identical clients retry calls to a service that is down for 5 s. One
 * retries at once; the other waits longer after each failure, by a random amount (full
 * jitter). Retries at once hammer the dead service and give up before it returns; spaced
 * retries outlast the outage.
 */
export const backoffJitter: StoredDocument = {
  version: 3,
  title: 'Retries: at once, or with backoff and jitter',
  description:
    'Two identical clients and services; both services go down at 20 s for 5 s. Both clients make up to 5 attempts per request. The top one retries at once: each request fires its 5 attempts within milliseconds, all refused, and fails — five times the traffic, for nothing. The bottom one waits before each retry, doubling the wait each time (up to 0.5 s, 1 s, 2 s, 4 s) and picking a random point in it (jitter), so retries from many requests do not arrive together. Its load on the service ramps up instead of jumping, and many of its retries land after the service is back. Watch the requests each service receives per second, and how many client requests fail in the end.',
  nodes: [
    { id: 'eager-client', kind: 'client', label: 'retries at once', position: { x: 0, y: 0 }, rate: 50 },
    {
      id: 'eager-service',
      kind: 'service',
      label: 'service',
      position: { x: 320, y: 0 },
      workers: 8,
      serviceTime: { distribution: 'exponential', meanMs: 20 },
    },
    { id: 'patient-client', kind: 'client', label: 'backoff + jitter', position: { x: 0, y: 220 }, rate: 50 },
    {
      id: 'patient-service',
      kind: 'service',
      label: 'service',
      position: { x: 320, y: 220 },
      workers: 8,
      serviceTime: { distribution: 'exponential', meanMs: 20 },
    },
  ],
  edges: [
    {
      id: 'eager-calls',
      kind: 'rpc',
      source: 'eager-client',
      target: 'eager-service',
      timeoutMs: 2000,
      retry: { maxAttempts: 5, backoff: 'none', jitter: 'none' },
    },
    {
      id: 'patient-calls',
      kind: 'rpc',
      source: 'patient-client',
      target: 'patient-service',
      timeoutMs: 2000,
      retry: { maxAttempts: 5, backoff: 'exponential', baseMs: 500, capMs: 8000, jitter: 'full' },
    },
  ],
  scenario: {
    durationS: 45,
    seed: 1,
    faults: [
      { id: 'down-eager', kind: 'crash', target: 'eager-service', startS: 20, durationS: 5, mode: 'refuse' },
      {
        id: 'down-patient',
        kind: 'crash',
        target: 'patient-service',
        startS: 20,
        durationS: 5,
        mode: 'refuse',
      },
    ],
  },
  lesson: [
    { caption: 'Two identical setups; only the retry policy differs.', atS: 10 },
    {
      caption:
        'Both services are down. Top: every request tries 5 times in a few milliseconds — 250 calls a second at a dead service.',
      atS: 22,
      focus: 'eager-calls',
    },
    {
      caption:
        'Bottom: each retry waits longer, at a random point, so the calls are spread out and many of them land after the outage.',
      atS: 24,
      focus: 'patient-calls',
    },
    { caption: 'Both services are back. Compare the failed requests of the two clients.', atS: 30 },
  ],
};
