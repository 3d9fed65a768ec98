/**
 * Documents the safety and live specs open through "Open…": written here as plain JSON,
 * the way a stranger's file would arrive.
 */

/** Labels that would run as markup if any part of the app rendered them as HTML. */
export const HOSTILE_LABELS = [
  '<img src=x onerror=alert(1)>',
  '"><svg onload=alert(1)>',
  '</text><script>alert(1)</script>',
] as const;

const scenario = { durationS: 60, seed: 1, faults: [] };

/** client → svc-a → svc-b over RPC, each node named with one of the hostile labels. */
export function hostileLabelsDocument() {
  return {
    version: 3,
    title: HOSTILE_LABELS[2],
    nodes: [
      { id: 'client', kind: 'client', label: HOSTILE_LABELS[0], position: { x: 0, y: 100 }, rate: 20 },
      { id: 'svc-a', kind: 'service', label: HOSTILE_LABELS[1], position: { x: 300, y: 100 } },
      { id: 'svc-b', kind: 'service', label: HOSTILE_LABELS[2], position: { x: 600, y: 100 } },
    ],
    edges: [
      { id: 'client-a', kind: 'rpc', source: 'client', target: 'svc-a', label: HOSTILE_LABELS[0] },
      { id: 'a-b', kind: 'rpc', source: 'svc-a', target: 'svc-b', label: HOSTILE_LABELS[1] },
    ],
    scenario: { ...scenario, durationS: 10 },
  };
}

/** A document whose node kind is a name from Object.prototype (React Flow's component lookup). */
export function prototypeKindDocument(kind: 'constructor' | '__proto__' | 'valueOf') {
  return {
    version: 3,
    title: `Kind ${kind}`,
    nodes: [
      { id: 'client', kind: 'client', label: 'client', position: { x: 0, y: 0 } },
      { id: 'evil', kind, label: 'evil', position: { x: 300, y: 0 } },
    ],
    edges: [{ id: 'client-evil', kind: 'rpc', source: 'client', target: 'evil' }],
    scenario,
  };
}

/**
 * The worst document the schema allows, for the guard rails against runaway runs
 * (docs/engine.md, "Series and budgets"): a client at the maximum rate (10⁶ req/s) calling
 * A, an RPC cycle A → B → A, every call retried up to 100 times, over the longest run (a
 * simulated day).
 */
export function worstAllowedDocument() {
  const retry = { maxAttempts: 100, backoff: 'constant', baseMs: 0, capMs: 0 };
  return {
    version: 3,
    title: 'Worst allowed',
    nodes: [
      { id: 'client', kind: 'client', label: 'client', position: { x: 0, y: 100 }, rate: 1_000_000 },
      { id: 'a', kind: 'service', label: 'A', position: { x: 300, y: 100 } },
      { id: 'b', kind: 'service', label: 'B', position: { x: 600, y: 100 } },
    ],
    edges: [
      { id: 'client-a', kind: 'rpc', source: 'client', target: 'a', retry },
      { id: 'a-b', kind: 'rpc', source: 'a', target: 'b', retry },
      { id: 'b-a', kind: 'rpc', source: 'b', target: 'a', retry },
    ],
    scenario: { durationS: 86_400, seed: 1, faults: [] },
  };
}

/**
 * The worst allowed size × duration: the most nodes a document may hold (499 idle services
 * and a client sending nothing) for the longest run allowed (a day). One event a second, so
 * no guard rail on events ever trips: only the bound on the run's results keeps it small.
 */
export function largestLongestDocument() {
  const nodes: object[] = [
    { id: 'client', kind: 'client', label: 'client', position: { x: 0, y: 0 }, rate: 0 },
  ];
  for (let i = 1; i < 500; i++) {
    nodes.push({
      id: `s${i}`,
      kind: 'service',
      label: `S${i}`,
      position: { x: (i % 25) * 220, y: Math.floor(i / 25) * 140 },
    });
  }
  return {
    version: 3,
    title: 'Largest and longest',
    nodes,
    edges: [],
    scenario: { durationS: 86_400, seed: 1, faults: [] },
  };
}
