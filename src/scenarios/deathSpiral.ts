import type { StoredDocument } from '../model';

type Service = Extract<StoredDocument['nodes'][number], { kind: 'service' }>;

/** The api both documents share: it slows down as its workers fill (garbage collection, thrashing). */
const api: Service = {
  id: 'api',
  kind: 'service',
  label: 'api',
  position: { x: 320, y: 120 },
  workers: 8,
  backlogLimit: 1000,
  serviceTime: { distribution: 'exponential', meanMs: 50 },
  loadFactor: { curve: 'linear', measure: 'busyWorkers', knee: 4, slope: 0.25, max: 10 },
};

/**
 * Lesson: the death spiral. A service whose work slows down under load — twice as slow with
 * all 8 workers busy — serves 60 requests a second easily (it could do 160 at full speed, 80
 * when saturated). A 3-second surge fills every worker; each request now takes twice as long,
 * the backlog grows past the clients' 1 s timeout, and their retries keep the api saturated,
 * and so slow, long after the surge. The fixed twin serves its backlog newest first (LIFO),
 * holds at most 50 requests and sheds any that waited over 250 ms: the api serves requests
 * whose callers still wait, and recovers within seconds.
 */
export const deathSpiral: StoredDocument = {
  version: 3,
  title: 'The death spiral',
  description:
    'The api gets slower the busier it is: past 4 busy workers each request takes longer, up to twice as long with all 8 busy. Clients send 60 requests a second — at normal speed the api could do 160, so it idles along. Each call times out after 1 s and is retried at once, up to 3 attempts. At 10 s a surge triples the traffic for 3 s. Every worker fills, every request takes twice as long, the backlog grows, requests wait past their timeout and come back as retries. Watch the failures after the surge ends at 13 s: they do not stop. The api is saturated, so slow, so saturated — the death spiral.',
  nodes: [{ id: 'clients', kind: 'client', label: 'clients', position: { x: 0, y: 120 }, rate: 60 }, api],
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
    faults: [{ id: 'surge', kind: 'surge', target: 'clients', startS: 10, durationS: 3, factor: 3 }],
  },
  lesson: [
    {
      caption: 'The api idles along: 60 requests a second, a few workers busy, full speed.',
      atS: 8,
      focus: 'api',
    },
    {
      caption: 'A surge triples the traffic. Every worker fills — and the api slows down: see its badge.',
      atS: 12,
      focus: 'api',
    },
    {
      caption:
        'The surge is over. The backlog holds requests that already timed out; their retries keep every worker busy and slow.',
      atS: 18,
    },
    {
      caption:
        'Still failing, long after the surge. Shorten the backlog, serve it newest first and shed what waited too long — see the next scenario.',
      atS: 40,
    },
  ],
};

/** The same api, surge and retries, with a short LIFO backlog and a maximum wait: it recovers. */
export const deathSpiralFixed: StoredDocument = {
  ...deathSpiral,
  title: 'The death spiral, ended by LIFO and a maximum wait',
  description:
    'The same api, clients, retries and surge, with two changes to the backlog: it is served newest first (LIFO) and holds at most 50 requests, and a request that waited over 250 ms is shed — failed at once, before any work is spent on it. During the surge old requests are shed instead of served late, so the requests the api does work on are fresh: their callers still wait for them. When the surge ends the api catches up within seconds. Compare failures per second with the spiral, and look for "shed" among the failures by cause.',
  nodes: [deathSpiral.nodes[0], { ...api, backlogLimit: 50, backlogOrder: 'lifo', maxWaitMs: 250 }],
  lesson: [
    {
      caption:
        'Same api, load, retries and surge; its backlog is now short, newest first, with a 250 ms maximum wait.',
      atS: 8,
      focus: 'api',
    },
    {
      caption:
        'The surge saturates the api; requests that waited over 250 ms are shed, the rest are served fresh.',
      atS: 12,
      focus: 'api',
    },
    { caption: 'The surge is over, and so is the trouble: failures drop to zero within seconds.', atS: 18 },
    { caption: 'Fully recovered: the same surge that started a spiral was only a blip.', atS: 40 },
  ],
};
