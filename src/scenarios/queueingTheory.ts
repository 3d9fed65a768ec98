import type { StoredDocument } from '../model';

/**
 * A lesson on queueing theory beside the simulation: the top help desk is exactly an M/M/2
 * queue (Poisson arrivals at 320 a second, two workers with exponential service of 5 ms, an
 * unlimited backlog, no timeout), so the inspector's Theory section predicts what the run
 * measures; the bottom desk is the same but its callers retry after a short timeout: its
 * backlog grows without end, and the Theory section says why the formulas do not apply.
 */
export const queueingTheory: StoredDocument = {
  version: 3,
  title: 'Is the model honest? Queueing theory beside the numbers',
  description:
    "Two help desks, each with two workers taking 5 ms on average (exponentially distributed) and customers arriving at random, 320 a second (a Poisson stream). The top desk is exactly what queueing theory calls an M/M/2 queue: select it and its Theory section predicts 80 % utilisation, a mean wait of about 9 ms and 4.4 requests in the desk; run to the end and the measured figures land within a few percent. The bottom desk is identical, but its customers give up after 25 ms (under twice the mean time in the desk) and try again, up to three times: the repeats are not a Poisson stream, they add load past what two workers can serve, and the backlog grows for the whole run. Its Theory section says why the formulas do not apply instead of showing numbers that would not hold. The run summary checks Little's law (L = λW) on every node.",
  nodes: [
    { id: 'poisson-customers', kind: 'client', label: 'customers', position: { x: 0, y: 0 }, rate: 320 },
    {
      id: 'desk',
      kind: 'service',
      label: 'help desk',
      position: { x: 300, y: 0 },
      workers: 2,
      backlogLimit: 'unlimited',
      serviceTime: { distribution: 'exponential', meanMs: 5 },
    },
    {
      id: 'retrying-customers',
      kind: 'client',
      label: 'impatient customers',
      position: { x: 0, y: 220 },
      rate: 320,
    },
    {
      id: 'retry-desk',
      kind: 'service',
      label: 'desk with retries',
      position: { x: 300, y: 220 },
      workers: 2,
      backlogLimit: 'unlimited',
      serviceTime: { distribution: 'exponential', meanMs: 5 },
    },
  ],
  edges: [
    { id: 'ask', kind: 'rpc', source: 'poisson-customers', target: 'desk', latencyMs: 0, timeoutMs: 0 },
    {
      id: 'ask-again',
      kind: 'rpc',
      source: 'retrying-customers',
      target: 'retry-desk',
      latencyMs: 0,
      timeoutMs: 25,
      retry: { maxAttempts: 3, backoff: 'none' },
    },
  ],
  scenario: { durationS: 90, seed: 1, faults: [] },
  lesson: [
    {
      caption:
        'Select the top help desk: its Theory section names the model (M/M/2) and predicts utilisation, wait, requests in the desk and losses.',
      atS: 5,
      focus: 'desk',
    },
    {
      caption:
        'The bottom desk is the same, but its customers retry after 25 ms. Select it: theory does not apply, and the inspector says why.',
      atS: 30,
      focus: 'retry-desk',
    },
    {
      caption:
        "When the run ends, compare measured and predicted on the top desk, and read Little's law (L = λW) for each node in the run summary.",
      atS: 85,
      focus: 'desk',
    },
  ],
};
