import type { StoredDocument } from '../model';

/**
 * Scenario 1 of docs/scenarios.md, "RPC chain under redeploy" (its claims are checked in full:
 * docs/validation.md, "The lesson itself"), also the first-visit example:
 * client → orders → payments over RPC; payments is redeployed at 20 s for 10 s.
 */
export const rpcChainRedeploy: StoredDocument = {
  version: 3,
  title: 'RPC chain under redeploy',
  description:
    'The client calls orders, and orders calls payments, each waiting for the reply. At 20 s payments is redeployed and is down for 10 s. Watch the failures travel back up the chain: orders is healthy, yet every request it takes fails, because it cannot finish without payments. Orders is a victim; payments is the cause.',
  nodes: [
    { id: 'client', kind: 'client', label: 'Web client', position: { x: 0, y: 120 }, rate: 50 },
    {
      id: 'orders',
      kind: 'service',
      label: 'orders',
      position: { x: 380, y: 120 },
      workers: 8,
      serviceTime: { distribution: 'exponential', meanMs: 20 },
    },
    {
      id: 'payments',
      kind: 'service',
      label: 'payments',
      position: { x: 760, y: 120 },
      workers: 8,
      serviceTime: { distribution: 'exponential', meanMs: 30 },
    },
  ],
  edges: [
    // A 25 ms network hop (a call across zones): long enough to watch messages travel.
    { id: 'client-orders', kind: 'rpc', source: 'client', target: 'orders', timeoutMs: 2000, latencyMs: 25 },
    {
      id: 'orders-payments',
      kind: 'rpc',
      source: 'orders',
      target: 'payments',
      timeoutMs: 2000,
      latencyMs: 25,
    },
  ],
  scenario: {
    durationS: 60,
    seed: 1,
    faults: [
      {
        id: 'redeploy-payments',
        kind: 'redeploy',
        target: 'payments',
        startS: 20,
        durationS: 10,
        mode: 'refuse',
      },
    ],
  },
  lesson: [
    { caption: 'Requests flow client → orders → payments. Everything succeeds.', atS: 10 },
    {
      caption: 'Payments is being redeployed. What happens to orders?',
      atS: 21,
      question: {
        prompt: 'Payments is being redeployed. What happens to orders?',
        choices: ['Nothing: orders is healthy', 'Orders slows down but succeeds', 'Orders fails too'],
      },
    },
    {
      caption: 'Orders fails every request, though nothing is wrong with it: it is a victim of payments.',
      atS: 25,
    },
    { caption: 'Payments is back; the chain recovers.', atS: 32 },
  ],
};
