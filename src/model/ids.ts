import type { FaultlineDocument } from './schema';

/** Every id in use in `doc`: nodes, edges and faults share one namespace, so a fault target is never ambiguous. */
export function usedIds(doc: FaultlineDocument): Set<string> {
  const ids = new Set<string>();
  for (const n of doc.nodes) ids.add(n.id);
  for (const e of doc.edges) ids.add(e.id);
  for (const f of doc.scenario.faults) ids.add(f.id);
  return ids;
}

/**
 * A readable id that is not in `taken`: `service-1`, `service-2`… Adds it to `taken`, so
 * several ids can be drawn in one edit without clashing.
 */
export function nextId(taken: Set<string>, prefix: string): string {
  const safe = prefix.replace(/[^A-Za-z0-9_-]/g, '').slice(0, 48) || 'item';
  for (let n = 1; ; n++) {
    const id = `${safe}-${n}`;
    if (!taken.has(id)) {
      taken.add(id);
      return id;
    }
  }
}

/** An id for an edge from `source` to `target`: `orders-payments` when free, otherwise numbered. */
export function edgeId(taken: Set<string>, source: string, target: string): string {
  const plain = `${source}-${target}`.slice(0, 64);
  if (plain.length <= 56 && !taken.has(plain)) {
    taken.add(plain);
    return plain;
  }
  return nextId(taken, plain.slice(0, 48));
}

/**
 * An id for a fault planned on the timeline: `crash-orders` when free, then `crash-orders-2`,
 * `crash-orders-3`… Adds it to `taken`.
 */
export function faultId(taken: Set<string>, kind: string, target: string): string {
  const base = `${kind}-${target}`.slice(0, 60);
  for (let n = 1; ; n++) {
    const id = n === 1 ? base : `${base}-${n}`;
    if (!taken.has(id)) {
      taken.add(id);
      return id;
    }
  }
}

/** An id for a fault fired during a run: `live-crash-orders-1`, `-2`… Adds it to `taken`. */
export function liveFaultId(taken: Set<string>, kind: string, target: string): string {
  return nextId(taken, `live-${kind}-${target}`);
}
