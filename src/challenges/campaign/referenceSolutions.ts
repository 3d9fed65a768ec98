/**
 * One reference solution per built-in challenge, as a learner would build it from the start:
 * campaign.test.ts proves each passes its challenge for the challenge's seeds and two more.
 * Not shipped to the first visit: only tests, the command line's examples and docs read it.
 */
import type { StoredDocument } from '../../model';
import { surviveRedeploy } from './surviveRedeploy';

type Nodes = StoredDocument['nodes'];
type Edges = StoredDocument['edges'];

const redeployStart = surviveRedeploy.start;

/** Survive a redeploy: orders → queue → payments, the client told by push. */
const surviveRedeploySolution: StoredDocument = {
  ...redeployStart,
  nodes: [
    { ...redeployStart.nodes[0], completion: 'push' } as Nodes[number],
    redeployStart.nodes[1],
    { id: 'payments-queue', kind: 'queue', label: 'payments queue', position: { x: 570, y: 260 } },
    redeployStart.nodes[2],
  ] as Nodes,
  edges: [
    redeployStart.edges[0],
    { id: 'orders-queue', kind: 'async', source: 'orders', target: 'payments-queue', latencyMs: 25 },
    { id: 'queue-payments', kind: 'async', source: 'payments-queue', target: 'payments' },
  ] as Edges,
};

/** Reference solutions by challenge id. */
export const REFERENCE_SOLUTIONS: Readonly<Record<string, StoredDocument>> = {
  'survive-redeploy': surviveRedeploySolution,
};
