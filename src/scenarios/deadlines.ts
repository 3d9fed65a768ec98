import type { StoredDocument } from '../model';

type Node = StoredDocument['nodes'][number];
type Edge = StoredDocument['edges'][number];

/** One clients → api → ledger chain at height `y`; only deadline propagation differs. */
function chain(
  prefix: string,
  label: string,
  y: number,
  propagate: boolean,
): { nodes: Node[]; edges: Edge[] } {
  return {
    nodes: [
      { id: `${prefix}-client`, kind: 'client', label: `${label} client`, position: { x: 0, y }, rate: 50 },
      {
        id: `${prefix}-api`,
        kind: 'service',
        label: `api (${label})`,
        position: { x: 280, y },
        workers: 64,
        backlogLimit: 1000,
        serviceTime: { distribution: 'exponential', meanMs: 20 },
        propagateDeadline: propagate,
      },
      {
        id: `${prefix}-ledger`,
        kind: 'service',
        label: `ledger (${label})`,
        position: { x: 560, y },
        workers: 8,
        backlogLimit: 1000,
        serviceTime: { distribution: 'exponential', meanMs: 100 },
        propagateDeadline: propagate,
      },
    ],
    edges: [
      {
        id: `${prefix}-call-api`,
        kind: 'rpc',
        source: `${prefix}-client`,
        target: `${prefix}-api`,
        timeoutMs: 1000,
      },
      // Longer than the clients' own timeout, as downstream timeouts often are.
      {
        id: `${prefix}-call-ledger`,
        kind: 'rpc',
        source: `${prefix}-api`,
        target: `${prefix}-ledger`,
        timeoutMs: 5000,
      },
    ],
  };
}

const plain = chain('plain', 'no deadlines', 0, false);
const deadline = chain('deadline', 'deadlines', 220, true);

/**
 * Lesson: deadline propagation. The same stall of the api in two chains; in the second,
 * the services know how long their callers wait, so nothing downstream is done for a
 * client that has given up, and the chain recovers as soon as the stall ends.
 */
export const deadlines: StoredDocument = {
  version: 3,
  title: 'Deadlines stop wasted work',
  description:
    "Two identical chains: clients (who wait 1 s) call an api, which calls a ledger and waits up to 5 s for it. At 15 s the api stalls for 15 s: each request takes it about 2 s. In the top chain nothing knows the clients' deadline. The api still finishes the requests whose clients have left and calls the ledger for them, and its backlog fills with such requests; when the stall ends it works through them all, flooding the ledger, which is 100 % busy for nobody while clients keep failing. In the bottom chain both services propagate deadlines: the api calls the ledger only with the time its client has left, never when none is left, and drops the requests whose clients gave up. The ledger does less during the stall, and the chain recovers the moment the stall ends. Compare the ledgers' utilisation and the successes per second; at the end, the summary lists the work the top api finished for clients who had left (the bottom one has none).",
  nodes: [...plain.nodes, ...deadline.nodes],
  edges: [...plain.edges, ...deadline.edges],
  scenario: {
    durationS: 60,
    seed: 1,
    faults: [
      { id: 'stall-plain', kind: 'slow', target: 'plain-api', startS: 15, durationS: 15, factor: 100 },
      { id: 'stall-deadline', kind: 'slow', target: 'deadline-api', startS: 15, durationS: 15, factor: 100 },
    ],
  },
  lesson: [
    { caption: 'Two identical chains, both healthy. The ledgers are about 60 % busy.', atS: 10 },
    {
      caption:
        'The apis stall: most requests take longer than the clients wait. On top the ledger still gets calls for clients who have gone.',
      atS: 22,
      focus: 'plain-ledger',
    },
    {
      caption:
        'The stall is over. The top api works off a backlog of requests nobody waits for: its ledger is 100 % busy and clients still fail.',
      atS: 34,
      focus: 'plain-ledger',
    },
    {
      caption:
        'The bottom chain dropped that backlog: it was serving its clients from the moment the stall ended.',
      atS: 36,
      focus: 'deadline-ledger',
    },
    {
      caption: 'The top chain catches up at last: the same stall cost it about ten more seconds of failures.',
      atS: 45,
    },
  ],
};
