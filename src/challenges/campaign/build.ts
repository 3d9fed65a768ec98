/**
 * Small builders for the campaign's starting diagrams and reference solutions: a node or
 * edge with the parameters a level is about, positioned on a grid.
 */
import type { StoredDocument } from '../../model';

export type Node = StoredDocument['nodes'][number];
export type Edge = StoredDocument['edges'][number];
type Service = Extract<Node, { kind: 'service' }>;
type Queue = Extract<Node, { kind: 'queue' }>;
type Rpc = Extract<Edge, { kind: 'rpc' }>;

const at = (column: number, row = 0) => ({ x: column * 280, y: 120 + row * 200 });

export const client = (id: string, label: string, rate: number, column = 0, row = 0): Node => ({
  id,
  kind: 'client',
  label,
  position: at(column, row),
  rate,
});

export const service = (
  id: string,
  label: string,
  column: number,
  workers: number,
  meanMs: number,
  extra: Partial<Omit<Service, 'id' | 'kind' | 'label' | 'position'>> = {},
  row = 0,
): Node => ({
  id,
  kind: 'service',
  label,
  position: at(column, row),
  workers,
  serviceTime: { distribution: 'exponential', meanMs },
  ...extra,
});

export const queue = (
  id: string,
  label: string,
  column: number,
  extra: Partial<Omit<Queue, 'id' | 'kind' | 'label' | 'position'>> = {},
  row = 0,
): Node => ({ id, kind: 'queue', label, position: at(column, row), ...extra });

export const rpc = (
  id: string,
  source: string,
  target: string,
  extra: Partial<Omit<Rpc, 'id' | 'kind' | 'source' | 'target'>> = {},
): Edge => ({ id, kind: 'rpc', source, target, ...extra });

export const async = (id: string, source: string, target: string): Edge => ({
  id,
  kind: 'async',
  source,
  target,
});

/** A starting document: version 3, no lesson (the challenge's brief and hints teach). */
export function startDocument(
  title: string,
  description: string,
  nodes: Node[],
  edges: Edge[],
  scenario: StoredDocument['scenario'],
): StoredDocument {
  return { version: 3, title, description, nodes, edges, scenario, lesson: [] };
}

/** `doc` with the node `id` replaced by `change(node)`. */
export function withNode(doc: StoredDocument, id: string, change: (node: Node) => Node): StoredDocument {
  return { ...doc, nodes: doc.nodes.map((n) => (n.id === id ? change(n) : n)) };
}

/** `doc` with the edge `id` replaced by `change(edge)`. */
export function withEdge(doc: StoredDocument, id: string, change: (edge: Edge) => Edge): StoredDocument {
  return { ...doc, edges: doc.edges.map((e) => (e.id === id ? change(e) : e)) };
}
