import type { StoredDocument } from '../model';

type Node = StoredDocument['nodes'][number];

function services(prefix: string, y: number): Node[] {
  return [
    {
      id: `${prefix}-orders`,
      kind: 'service',
      label: 'orders',
      position: { x: 300, y },
      workers: 16,
      serviceTime: { distribution: 'exponential', meanMs: 20 },
    },
    {
      id: `${prefix}-payments`,
      kind: 'service',
      label: 'payments',
      position: { x: 600, y },
      workers: 8,
      serviceTime: { distribution: 'exponential', meanMs: 30 },
    },
  ];
}

/**
 * Lesson 6: a dependency hangs. Without a breaker the caller's workers wait out every
 * timeout and the caller stops answering; with one, after a few timeouts the caller stops
 * calling, fails fast, and keeps its workers.
 */
export const circuitBreaker: StoredDocument = {
  version: 2,
  title: 'A circuit breaker protects its caller',
  description:
    "Two identical chains; in both, payments hangs from 20 s to 35 s. At the top, orders keeps calling it: each call holds an orders worker for the full 2 s timeout, all 16 workers are soon waiting, and clients wait seconds for an error. At the bottom the call goes through a circuit breaker: after half the calls in the last 5 s have failed it opens, and for 3 s every call fails at once without being sent. Then it lets 3 probe calls through; when payments is back they succeed and it closes. Watch orders' utilisation and the breaker's state on the bottom edge.",
  nodes: [
    { id: 'plain-client', kind: 'client', label: 'client', position: { x: 0, y: 0 }, rate: 50 },
    ...services('plain', 0),
    { id: 'guarded-client', kind: 'client', label: 'client', position: { x: 0, y: 220 }, rate: 50 },
    ...services('guarded', 220),
  ],
  edges: [
    {
      id: 'plain-client-orders',
      kind: 'rpc',
      source: 'plain-client',
      target: 'plain-orders',
      timeoutMs: 10_000,
    },
    {
      id: 'plain-orders-payments',
      kind: 'rpc',
      source: 'plain-orders',
      target: 'plain-payments',
      timeoutMs: 2000,
    },
    {
      id: 'guarded-client-orders',
      kind: 'rpc',
      source: 'guarded-client',
      target: 'guarded-orders',
      timeoutMs: 10_000,
    },
    {
      id: 'guarded-orders-payments',
      kind: 'rpc',
      source: 'guarded-orders',
      target: 'guarded-payments',
      timeoutMs: 2000,
      breaker: {
        enabled: true,
        failureThreshold: 0.5,
        windowS: 5,
        minimumCalls: 10,
        openS: 3,
        halfOpenProbes: 3,
      },
    },
  ],
  scenario: {
    durationS: 50,
    seed: 1,
    faults: [
      { id: 'hang-plain', kind: 'crash', target: 'plain-payments', startS: 20, durationS: 15, mode: 'hang' },
      {
        id: 'hang-guarded',
        kind: 'crash',
        target: 'guarded-payments',
        startS: 20,
        durationS: 15,
        mode: 'hang',
      },
    ],
  },
  lesson: [
    {
      caption: 'Two identical chains. The bottom call to payments has a circuit breaker, closed for now.',
      atS: 10,
    },
    {
      caption:
        "Payments hangs. Top: orders' workers all wait for it; requests queue and clients wait seconds.",
      atS: 24,
      focus: 'plain-orders',
    },
    {
      caption:
        "Bottom: the breaker has opened. Calls fail at once, orders' workers are free, and clients hear back in milliseconds.",
      atS: 26,
      focus: 'guarded-orders-payments',
    },
    { caption: "Payments is back. The breaker's probes succeed and it closes.", atS: 40 },
  ],
};
