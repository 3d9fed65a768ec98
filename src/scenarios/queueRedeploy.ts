import type { StoredDocument } from '../model';
import { rpcChainRedeploy } from './rpcChainRedeploy';

/**
 * Lesson 2 (VALIDATION.md "The same with a queue"): orders publishes to a queue that
 * payments consumes; the client is told "accepted" and learns of completion by push.
 */
export const queueRedeploy: StoredDocument = {
  ...rpcChainRedeploy,
  title: 'The same with a queue',
  description:
    'Identical to the RPC chain, except orders publishes a message to a queue and payments consumes it. When payments goes down, messages wait in the queue; the client was told "accepted" and is notified when the payment is done. Watch the queue fill for 10 s and drain when payments is back — and no client request fail.',
  nodes: [
    { ...rpcChainRedeploy.nodes[0], completion: 'push' } as StoredDocument['nodes'][number],
    rpcChainRedeploy.nodes[1],
    { id: 'payments-queue', kind: 'queue', label: 'payments queue', position: { x: 420, y: 240 } },
    rpcChainRedeploy.nodes[2],
  ],
  edges: [
    rpcChainRedeploy.edges[0],
    { id: 'orders-queue', kind: 'async', source: 'orders', target: 'payments-queue' },
    { id: 'queue-payments', kind: 'async', source: 'payments-queue', target: 'payments' },
  ],
  lesson: [
    { caption: 'Orders accepts the request, publishes a message and replies at once.', atS: 10 },
    { caption: 'Payments is down. Where do the messages go?', atS: 22 },
    { caption: 'The queue holds about 500 messages. No client request has failed.', atS: 30 },
    { caption: 'Payments drains the backlog; every request completes, some late.', atS: 34 },
  ],
};
