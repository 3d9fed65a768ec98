import type { StoredDocument } from '../model';

/** The same autoscaling rule for both paths: only what it measures differs. */
const scaling = {
  enabled: true,
  minInstances: 2,
  maxInstances: 10,
  intervalS: 5,
  step: 2,
  scaleOutCooldownS: 10,
  scaleInCooldownS: 20,
  coldStartS: 20,
} as const;

/**
 * Lesson: autoscaling is too slow for a surge. Two paths side by side in one document, hit
 * by the same surge at the same moment, so the learner compares them in one run: above, clients
 * call an autoscaled api over RPC, and requests fail for as long as its new instances boot;
 * below, clients publish to a queue whose consumer scales on the queue's depth, and nothing
 * fails — the surge only waits in the queue until the new instances are up.
 */
export const autoscaleSurge: StoredDocument = {
  version: 3,
  title: 'Autoscaling is too slow for a surge',
  description:
    "Two services that scale the same way: 2 to 10 instances of 100 requests a second each, deciding every 5 s, adding at most 2 at a time, and each new instance takes 20 s to boot. At 10 s the traffic of both quadruples for 40 s. Above, clients call the api directly: until the new instances are up, the api can only turn requests away. Below, clients publish to a queue and the worker scales on the queue's depth: the surge waits in the queue, nothing fails, and work only finishes later. Watch the instance counts (booting ones are dashed) and the failures.",
  nodes: [
    { id: 'rpc-clients', kind: 'client', label: 'clients (rpc)', position: { x: 0, y: 0 }, rate: 100 },
    {
      id: 'api',
      kind: 'service',
      label: 'api',
      position: { x: 320, y: 0 },
      instances: 2,
      workers: 4,
      backlogLimit: 20,
      serviceTime: { distribution: 'exponential', meanMs: 40 },
      autoscale: { ...scaling, metric: 'utilisation', targetUtilisation: 0.6 },
    },
    {
      id: 'queue-clients',
      kind: 'client',
      label: 'clients (queue)',
      position: { x: 0, y: 260 },
      rate: 100,
    },
    { id: 'jobs', kind: 'queue', label: 'jobs', position: { x: 320, y: 260 } },
    {
      id: 'worker',
      kind: 'service',
      label: 'worker',
      position: { x: 640, y: 260 },
      instances: 2,
      workers: 4,
      backlogLimit: 20,
      serviceTime: { distribution: 'exponential', meanMs: 40 },
      autoscale: { ...scaling, metric: 'queueDepth', targetPerInstance: 100 },
    },
  ],
  edges: [
    { id: 'rpc-clients-api', kind: 'rpc', source: 'rpc-clients', target: 'api', timeoutMs: 1000 },
    { id: 'queue-clients-jobs', kind: 'async', source: 'queue-clients', target: 'jobs' },
    { id: 'jobs-worker', kind: 'async', source: 'jobs', target: 'worker' },
  ],
  scenario: {
    durationS: 90,
    seed: 1,
    faults: [
      { id: 'surge-rpc', kind: 'surge', target: 'rpc-clients', startS: 10, durationS: 40, factor: 4 },
      { id: 'surge-queue', kind: 'surge', target: 'queue-clients', startS: 10, durationS: 40, factor: 4 },
    ],
  },
  lesson: [
    {
      caption: 'Both services run 2 instances at half load. Each can scale out to 10 on its own metric.',
      atS: 8,
    },
    {
      caption:
        'Traffic quadruples. Both autoscalers see it within 5 s and start 2 instances each — which take 20 s to boot.',
      atS: 16,
      focus: 'api',
    },
    {
      caption:
        'The api is full: its backlogs overflow and requests are turned away while the new instances boot. Nothing is broken; the capacity is just not there yet.',
      atS: 28,
      focus: 'rpc-clients',
    },
    {
      caption: 'Below, the same surge waits in the queue. No request has failed; they are only later.',
      atS: 32,
      focus: 'jobs',
    },
    {
      caption:
        'The new instances are up: the api catches up, the worker drains the queue. Compare failures: many above, none below.',
      atS: 60,
      focus: 'worker',
    },
    {
      caption:
        'After the surge both scale back in, draining each instance first. The report counts the instance-seconds paid.',
      atS: 85,
    },
  ],
};
