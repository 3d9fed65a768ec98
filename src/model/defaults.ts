import { type DiagramEdge, EDGE_BASE_KEYS, type EdgeKind, edgeSchema } from './edges';
import { emptyDocument } from './emptyDocument';
import { type DiagramNode, NODE_BASE_KEYS, type NodeKind, nodeSchema } from './nodes';
import { FAULT_BASE_KEYS, type Fault, type FaultKind, faultSchema } from './scenario';
import type { FaultlineDocument, StoredDocument } from './schema';

/** A new node of `kind` with every parameter at its default. */
export function createNode(
  kind: NodeKind,
  id: string,
  label: string,
  position = { x: 0, y: 0 },
): DiagramNode {
  return nodeSchema.parse({ id, kind, label, position });
}

/** A new edge of `kind` with every parameter at its default. */
export function createEdge(kind: EdgeKind, id: string, source: string, target: string): DiagramEdge {
  return edgeSchema.parse({ id, kind, source, target });
}

/** A new fault of `kind` with its parameters at their defaults. */
export function createFault(
  kind: FaultKind,
  id: string,
  target: string,
  startS: number,
  durationS: number,
): Fault {
  return faultSchema.parse({ id, kind, target, startS, durationS });
}

// An empty document needs no parsing: it is written out in emptyDocument.ts.
export { emptyDocument } from './emptyDocument';

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((v, i) => deepEqual(v, b[i]));
  if (isPlainObject(a) && isPlainObject(b)) {
    const keys = Object.keys(a);
    return (
      keys.length === Object.keys(b).length && keys.every((k) => Object.hasOwn(b, k) && deepEqual(a[k], b[k]))
    );
  }
  return false;
}

/**
 * `value` without the keys whose value equals `defaults` (recursively into objects).
 * Keys in `keep` always stay. Builds new objects; never mutates its input.
 */
function withoutDefaults(
  value: Record<string, unknown>,
  defaults: Record<string, unknown>,
  keep: readonly string[] = [],
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    if (v === undefined) continue;
    const d = defaults[key];
    if (keep.includes(key) || !Object.hasOwn(defaults, key)) {
      out[key] = v;
    } else if (isPlainObject(v) && isPlainObject(d)) {
      const inner = withoutDefaults(v, d);
      if (Object.keys(inner).length > 0) out[key] = inner;
    } else if (!deepEqual(v, d)) {
      out[key] = v;
    }
  }
  return out;
}

const nodeDefaults = new Map<string, Record<string, unknown>>();
function defaultsOfNode(kind: NodeKind): Record<string, unknown> {
  let d = nodeDefaults.get(kind);
  if (!d) {
    d = createNode(kind, 'x', '') as unknown as Record<string, unknown>;
    nodeDefaults.set(kind, d);
  }
  return d;
}
const edgeDefaults = new Map<string, Record<string, unknown>>();
function defaultsOfEdge(kind: EdgeKind): Record<string, unknown> {
  let d = edgeDefaults.get(kind);
  if (!d) {
    d = createEdge(kind, 'x', 'a', 'b') as unknown as Record<string, unknown>;
    edgeDefaults.set(kind, d);
  }
  return d;
}
const faultDefaults = new Map<string, Record<string, unknown>>();
function defaultsOfFault(kind: FaultKind): Record<string, unknown> {
  let d = faultDefaults.get(kind);
  if (!d) {
    d = createFault(kind, 'x', 'x', 0, 1) as unknown as Record<string, unknown>;
    faultDefaults.set(kind, d);
  }
  return d;
}

/**
 * The document as it is stored, exported and shared: every value equal to its default is
 * left out, so links stay short and a change of a default reaches old documents.
 */
export function stripDefaults(doc: FaultlineDocument): StoredDocument {
  const emptyDoc = emptyDocument() as unknown as Record<string, unknown>;
  const top = withoutDefaults({ ...doc, nodes: undefined, edges: undefined, scenario: undefined }, emptyDoc, [
    'version',
  ]);
  const scenario = withoutDefaults(
    { ...doc.scenario, faults: undefined },
    emptyDoc.scenario as Record<string, unknown>,
  );
  if (doc.scenario.faults.length > 0) {
    scenario.faults = doc.scenario.faults.map((f) =>
      withoutDefaults(f, defaultsOfFault(f.kind), FAULT_BASE_KEYS),
    );
  }
  const stored: Record<string, unknown> = {
    ...top,
    nodes: doc.nodes.map((n) => withoutDefaults(n, defaultsOfNode(n.kind), NODE_BASE_KEYS)),
    edges: doc.edges.map((e) => withoutDefaults(e, defaultsOfEdge(e.kind), EDGE_BASE_KEYS)),
  };
  if (Object.keys(scenario).length > 0) stored.scenario = scenario;
  return stored as StoredDocument;
}
