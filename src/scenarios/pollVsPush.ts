import type { StoredDocument } from '../model';

type Node = StoredDocument['nodes'][number];
type Edge = StoredDocument['edges'][number];

function pipeline(prefix: string, y: number, client: Node): { nodes: Node[]; edges: Edge[] } {
  return {
    nodes: [
      client,
      {
        id: `${prefix}-api`,
        kind: 'service',
        label: 'api',
        position: { x: 260, y },
        workers: 8,
        serviceTime: { distribution: 'exponential', meanMs: 20 },
      },
      { id: `${prefix}-queue`, kind: 'queue', label: 'reports to build', position: { x: 520, y } },
      {
        id: `${prefix}-builder`,
        kind: 'service',
        label: 'report builder',
        position: { x: 780, y },
        workers: 16,
        serviceTime: { distribution: 'exponential', meanMs: 1500 },
      },
    ],
    edges: [
      { id: `${prefix}-request`, kind: 'rpc', source: client.id, target: `${prefix}-api` },
      { id: `${prefix}-publish`, kind: 'async', source: `${prefix}-api`, target: `${prefix}-queue` },
      { id: `${prefix}-consume`, kind: 'async', source: `${prefix}-queue`, target: `${prefix}-builder` },
    ],
  };
}

const poll = pipeline('poll', 0, {
  id: 'poll-client',
  kind: 'client',
  label: 'asks every second',
  position: { x: 0, y: 0 },
  rate: 5,
  completion: 'poll',
  pollIntervalS: 1,
});
const push = pipeline('push', 240, {
  id: 'push-client',
  kind: 'client',
  label: 'is told when done',
  position: { x: 0, y: 240 },
  rate: 5,
  completion: 'push',
});

/**
 * Lesson 11: the client learns that asynchronous work is done either by asking again and
 * again (polling) or by being told (push). Polling costs the api a request per poll and
 * learns of completion late.
 */
export const pollVsPush: StoredDocument = {
  version: 3,
  title: 'Polling vs push for async results',
  description:
    'Both clients ask for reports that take about 1.5 s to build. The api accepts each request at once and queues the work. The top client then asks "is it done?" every second; each poll is a real request the api must serve. The bottom client is told when the report is ready (push). Watch the requests the two apis receive — the top one serves the request plus a poll every second until the report is ready, about three requests per report here — and the completion times: a poll notices a finished report up to a second after it was ready.',
  nodes: [...poll.nodes, ...push.nodes],
  edges: [...poll.edges, ...push.edges],
  scenario: { durationS: 60, seed: 1 },
  lesson: [
    {
      caption: 'Each client sends 5 report requests a second; each report takes about 1.5 s to build.',
      atS: 5,
    },
    { caption: 'Top: the api serves the requests and the polls. Count them.', atS: 15, focus: 'poll-api' },
    {
      caption: 'Bottom: one request per report, and the client knows the moment it is ready.',
      atS: 25,
      focus: 'push-client',
    },
    {
      caption: "Compare requests received by the two apis and the two clients' completion times.",
      action: 'runToEnd',
    },
  ],
};
