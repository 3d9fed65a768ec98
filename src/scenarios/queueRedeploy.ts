import type { StoredDocument } from '../model';
import { rpcChainRedeploy } from './rpcChainRedeploy';

/**
 * Scenario 2 of docs/scenarios.md, "The same with a queue" (its claims are checked in full:
 * docs/validation.md, "The lesson itself"): orders publishes to a queue that payments
 * consumes; the client is told "accepted" and learns of completion by push.
 */
export const queueRedeploy: StoredDocument = {
  ...rpcChainRedeploy,
  title: 'The same with a queue',
  description:
    'Identical to the RPC chain, except orders publishes a message to a queue and payments consumes it. When payments goes down, messages wait in the queue; the client was told "accepted" and is notified when the payment is done. Watch the queue fill for 10 s and drain when payments is back — and no client request fail.',
  nodes: [
    { ...rpcChainRedeploy.nodes[0], completion: 'push' } as StoredDocument['nodes'][number],
    { ...rpcChainRedeploy.nodes[1], position: { x: 320, y: 120 } } as StoredDocument['nodes'][number],
    { id: 'payments-queue', kind: 'queue', label: 'payments queue', position: { x: 640, y: 120 } },
    { ...rpcChainRedeploy.nodes[2], position: { x: 960, y: 120 } } as StoredDocument['nodes'][number],
  ],
  edges: [
    rpcChainRedeploy.edges[0],
    { id: 'orders-queue', kind: 'async', source: 'orders', target: 'payments-queue', latencyMs: 25 },
    // Delivery at the default latency: a consumer's worker is held while a message travels to
    // it, and the lesson's drain rate (8 workers / 30 ms ≈ 267 per second) assumes it is short.
    { id: 'queue-payments', kind: 'async', source: 'payments-queue', target: 'payments' },
  ],
  lesson: [
    { caption: 'Orders accepts the request, publishes a message and replies at once.', atS: 10 },
    {
      caption: 'Payments is down. Where do the messages go?',
      atS: 22,
      question: {
        prompt: 'Payments is down. What does the client see?',
        choices: [
          'Errors, as with RPC',
          '"Accepted", and a late completion',
          'Nothing until payments is back',
        ],
      },
    },
    { caption: 'The queue holds about 500 messages. No client request has failed.', atS: 30 },
    { caption: 'Payments drains the backlog; every request completes, some late.', atS: 34 },
  ],
};
