import type { StoredDocument } from '../model';

/**
 * Lesson 7: a slow dependency takes every worker of its caller. The bulkhead — a small pool
 * of its own in front of the dependency, that refuses when full — caps how many of the
 * caller's workers can wait on it; the rest get the fallback at once.
 */
export const bulkhead: StoredDocument = {
  version: 3,
  title: 'A bulkhead: one slow dependency, all workers gone',
  description:
    "The frontend renders each page with recommendations, and shows a page without them (a fallback) when they fail. At 20 s recommendations becomes 50 times slower for 15 s. At the top, the frontend's 16 workers each wait up to 2 s for recommendations; soon all of them are waiting, and the frontend stops serving pages at all — even though it could do without recommendations. At the bottom, calls to recommendations go through a bulkhead: a pool of 8 slots that refuses when full. At most 8 frontend workers wait; the rest get the fallback at once and pages keep coming. Watch the frontend's utilisation and the clients' failures.",
  nodes: [
    { id: 'shared-client', kind: 'client', label: 'shoppers', position: { x: 0, y: 0 }, rate: 100 },
    {
      id: 'shared-frontend',
      kind: 'service',
      label: 'frontend',
      position: { x: 280, y: 0 },
      workers: 16,
      serviceTime: { distribution: 'exponential', meanMs: 20 },
    },
    {
      id: 'shared-recs',
      kind: 'service',
      label: 'recommendations',
      position: { x: 840, y: 0 },
      workers: 8,
      backlogLimit: 'unlimited',
      serviceTime: { distribution: 'exponential', meanMs: 20 },
    },
    { id: 'walled-client', kind: 'client', label: 'shoppers', position: { x: 0, y: 240 }, rate: 100 },
    {
      id: 'walled-frontend',
      kind: 'service',
      label: 'frontend',
      position: { x: 280, y: 240 },
      workers: 16,
      serviceTime: { distribution: 'exponential', meanMs: 20 },
    },
    {
      id: 'walled-bulkhead',
      kind: 'service',
      label: 'bulkhead: 8 slots',
      position: { x: 560, y: 240 },
      workers: 8,
      backlogLimit: 0,
      serviceTime: { distribution: 'constant', meanMs: 0.1 },
    },
    {
      id: 'walled-recs',
      kind: 'service',
      label: 'recommendations',
      position: { x: 840, y: 240 },
      workers: 8,
      backlogLimit: 'unlimited',
      serviceTime: { distribution: 'exponential', meanMs: 20 },
    },
  ],
  edges: [
    {
      id: 'shared-pages',
      kind: 'rpc',
      source: 'shared-client',
      target: 'shared-frontend',
      timeoutMs: 10_000,
    },
    {
      id: 'shared-frontend-recs',
      kind: 'rpc',
      source: 'shared-frontend',
      target: 'shared-recs',
      timeoutMs: 2000,
      fallback: true,
    },
    {
      id: 'walled-pages',
      kind: 'rpc',
      source: 'walled-client',
      target: 'walled-frontend',
      timeoutMs: 10_000,
    },
    {
      id: 'walled-frontend-bulkhead',
      kind: 'rpc',
      source: 'walled-frontend',
      target: 'walled-bulkhead',
      latencyMs: 0,
      timeoutMs: 2000,
      fallback: true,
    },
    {
      id: 'walled-bulkhead-recs',
      kind: 'rpc',
      source: 'walled-bulkhead',
      target: 'walled-recs',
      timeoutMs: 1990,
    },
  ],
  scenario: {
    durationS: 50,
    seed: 1,
    faults: [
      { id: 'slow-shared', kind: 'slow', target: 'shared-recs', startS: 20, durationS: 15, factor: 50 },
      { id: 'slow-walled', kind: 'slow', target: 'walled-recs', startS: 20, durationS: 15, factor: 50 },
    ],
  },
  lesson: [
    { caption: 'Pages need the frontend; recommendations are nice to have, with a fallback.', atS: 10 },
    {
      caption: "Recommendations is 50× slower. Top: one by one, the frontend's workers wait on it.",
      atS: 22,
      focus: 'shared-frontend',
    },
    {
      caption:
        'Top: every worker is waiting and pages fail, though the fallback was right there. Bottom: 8 workers wait, the others serve pages without recommendations.',
      atS: 27,
      focus: 'walled-bulkhead',
    },
    { caption: 'Recommendations is fast again; both frontends recover.', atS: 40 },
  ],
};
