/**
 * The tamper check: what a solution changed of the parts a challenge locks (docs/challenges.md,
 * "Locked parts"). Whatever way the solution came in (editing, paste, undo, a crafted link),
 * the check compares it with the challenge's start and refuses it with these messages.
 */
import type { DiagramEdge, DiagramNode, FaultlineDocument } from '../model';
import { ASYNC_EDGE, type Challenge, REPLACE_EDGE } from './format';
import { isFreed } from './paramNames';
import { startOf } from './startOf';

/** Fields of a node or edge that are never locked: where it is drawn and what it is called. */
const FREE_FIELDS = new Set(['id', 'kind', 'label', 'position', 'source', 'target']);

/** A flat map of an item's values: nested objects by dotted path, arrays and scalars as JSON. */
function leaves(item: Record<string, unknown>, prefix = '', out = new Map<string, string>()) {
  for (const [key, value] of Object.entries(item)) {
    if (!prefix && FREE_FIELDS.has(key)) continue;
    const path = prefix ? `${prefix}.${key}` : key;
    if (value !== null && typeof value === 'object' && !Array.isArray(value))
      leaves(value as Record<string, unknown>, path, out);
    else out.set(path, JSON.stringify(value));
  }
  return out;
}

/** The top-level-first paths whose values differ between `a` and `b`. */
function changedPaths(a: object, b: object): string[] {
  const la = leaves(a as Record<string, unknown>);
  const lb = leaves(b as Record<string, unknown>);
  const out: string[] = [];
  for (const path of new Set([...la.keys(), ...lb.keys()])) if (la.get(path) !== lb.get(path)) out.push(path);
  return out;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * What `solution` changed that `challenge` locks, as messages for a person ("the fault
 * timeline was changed", "node 'payments' parameter workers is locked"); empty when nothing.
 * `start` is the challenge's start parsed (parseChallenge gives it; read here when left out).
 */
export function lockedPartsDiffer(
  challenge: Challenge,
  solution: FaultlineDocument,
  start: FaultlineDocument = startOf(challenge),
): string[] {
  const out: string[] = [];
  const { allowed } = challenge;
  if (!same(start.scenario.faults, solution.scenario.faults)) out.push('the fault timeline was changed');
  if (!same(start.scenario.traffic, solution.scenario.traffic)) out.push('the traffic pattern was changed');
  if (start.scenario.durationS !== solution.scenario.durationS) out.push('the run duration was changed');

  const startNodes = new Map(start.nodes.map((n) => [n.id, n]));
  const nodes = new Map(solution.nodes.map((n) => [n.id, n]));
  for (const node of start.nodes) {
    const now = nodes.get(node.id);
    if (!now) out.push(`node '${node.id}' was removed; it is locked`);
    else if (now.kind !== node.kind)
      out.push(`node '${node.id}' was changed from a ${node.kind} to a ${now.kind}`);
    else out.push(...nodeChanges(node, now, allowed.params[node.id]));
  }
  const added = new Set<string>();
  for (const node of solution.nodes) {
    if (startNodes.has(node.id)) continue;
    added.add(node.id);
    if (!allowed.addKinds.includes(node.kind)) out.push(addedKindMessage(node, allowed.addKinds));
  }

  const startEdges = new Map(start.edges.map((e) => [e.id, e]));
  const edges = new Map(solution.edges.map((e) => [e.id, e]));
  for (const edge of start.edges) {
    const now = edges.get(edge.id);
    const freed = allowed.edges[edge.id];
    const mayGoAsync = freed?.includes(ASYNC_EDGE) ?? false;
    const mayGo = mayGoAsync || (freed?.includes(REPLACE_EDGE) ?? false);
    if (!now) {
      if (!mayGo) out.push(`edge '${edge.id}' (${edge.source} → ${edge.target}) was removed; it is locked`);
      else if (!reaches(solution, edge.source, edge.target, added))
        out.push(
          `edge '${edge.id}' was removed, but ${edge.source} no longer reaches ${edge.target}: route it through the nodes you add instead`,
        );
    } else if (now.source !== edge.source || now.target !== edge.target) {
      out.push(`edge '${edge.id}' was reconnected; its ends are locked (${edge.source} → ${edge.target})`);
    } else if (now.kind !== edge.kind) {
      if (!mayGoAsync)
        out.push(`edge '${edge.id}' was changed from ${edge.kind} to ${now.kind}; its kind is locked`);
    } else out.push(...edgeChanges(edge, now, freed));
  }
  for (const edge of solution.edges) {
    if (startEdges.has(edge.id)) continue;
    if (!added.has(edge.source) && !added.has(edge.target))
      out.push(
        `edge '${edge.id}' (${edge.source} → ${edge.target}) joins two nodes of the start; only nodes you add may be connected`,
      );
  }
  return [...new Set(out)];
}

/**
 * Whether `from` still reaches `to` in `doc`, directly or through nodes the learner added: a
 * freed edge may be rerouted, never dropped (dropping a dependency is not a design).
 */
function reaches(doc: FaultlineDocument, from: string, to: string, added: ReadonlySet<string>): boolean {
  const seen = new Set([from]);
  const next = [from];
  while (next.length > 0) {
    const at = next.pop() as string;
    for (const e of doc.edges) {
      if (e.source !== at || seen.has(e.target)) continue;
      if (e.target === to) return true;
      if (!added.has(e.target)) continue;
      seen.add(e.target);
      next.push(e.target);
    }
  }
  return false;
}

function nodeChanges(was: DiagramNode, now: DiagramNode, freed: readonly string[] | undefined): string[] {
  return changedPaths(was, now)
    .filter((path) => !isFreed(path, freed))
    .map((path) => `node '${was.id}' parameter ${path} is locked`);
}

function edgeChanges(was: DiagramEdge, now: DiagramEdge, freed: readonly string[] | undefined): string[] {
  return changedPaths(was, now)
    .filter((path) => !isFreed(path, freed))
    .map((path) => `edge '${was.id}' parameter ${path} is locked`);
}

function addedKindMessage(node: DiagramNode, kinds: readonly string[]): string {
  const may = kinds.length === 0 ? 'allows adding no nodes' : `allows adding only ${kinds.join(', ')}`;
  return `a ${node.kind} node '${node.id}' was added, but this challenge ${may}`;
}
