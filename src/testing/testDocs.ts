/**
 * Small documents for the engine's tests: build them from partial node and edge objects,
 * validated by the real parser (so tests exercise the same path as the app and the CLI).
 */
import { type FaultlineDocument, parseDocument, type StoredDocument } from '../model';

type Loose = Record<string, unknown>;

/** A validated document; throws with the field errors when the input is invalid. */
export function makeDoc(nodes: Loose[], edges: Loose[], scenario: Loose = {}): FaultlineDocument {
  const stored = {
    version: 3,
    nodes: nodes.map((n) => ({ label: n.id, position: { x: 0, y: 0 }, ...n })),
    edges: edges.map((e) => ({ latencyMs: 0, ...e })),
    scenario,
  } as unknown as StoredDocument;
  const parsed = parseDocument(stored);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return parsed.doc;
}

/** client → service over one rpc edge, with the given overrides. */
export function clientService(
  client: Loose,
  service: Loose,
  edge: Loose = {},
  scenario: Loose = {},
): FaultlineDocument {
  return makeDoc(
    [
      { id: 'c', kind: 'client', ...client },
      { id: 's', kind: 'service', ...service },
    ],
    [{ id: 'c-s', kind: 'rpc', source: 'c', target: 's', ...edge }],
    scenario,
  );
}
