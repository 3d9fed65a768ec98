import { createFault } from '../../model/defaults';
import { LIMITS } from '../../model/limits';
import { type Fault, type FaultKind, faultSchema } from '../../model/scenario';
import type { FaultlineDocument } from '../../model/schema';
import { withFaults } from './faultList';

// The edits that need no schema are in faultList.ts (the run controller uses them on a first visit).
export { appendFault, removeFault } from './faultList';

/** A readable id for a new fault, unique among the document's faults. */
export function newFaultId(doc: FaultlineDocument, kind: FaultKind, target: string): string {
  const taken = new Set(doc.scenario.faults.map((f) => f.id));
  const base = `${kind}-${target}`.slice(0, LIMITS.idLength - 4);
  if (!taken.has(base)) return base;
  for (let i = 2; ; i++) if (!taken.has(`${base}-${i}`)) return `${base}-${i}`;
}

/** Adds a fault of `kind` (parameters at their defaults) to the timeline. */
export function addFault(
  doc: FaultlineDocument,
  kind: FaultKind,
  target: string,
  startS: number,
  durationS: number,
): { doc: FaultlineDocument; fault: Fault } {
  const fault = createFault(kind, newFaultId(doc, kind, target), target, startS, durationS);
  return { doc: withFaults(doc, [...doc.scenario.faults, fault]), fault };
}

/**
 * Changes fields of one fault, checked against the schema: the document never holds an
 * invalid fault. Returns the schema's message when the change is refused.
 */
export function updateFault(
  doc: FaultlineDocument,
  id: string,
  patch: Partial<Fault>,
): { ok: true; doc: FaultlineDocument } | { ok: false; reason: string } {
  const i = doc.scenario.faults.findIndex((f) => f.id === id);
  if (i < 0) return { ok: false, reason: `there is no fault "${id}"` };
  const parsed = faultSchema.safeParse({ ...doc.scenario.faults[i], ...patch });
  if (!parsed.success) return { ok: false, reason: parsed.error.issues[0]?.message ?? 'invalid value' };
  const faults = doc.scenario.faults.slice();
  faults[i] = parsed.data;
  return { ok: true, doc: withFaults(doc, faults) };
}

/** The fault kinds that make sense for a node of `nodeKind` or for an edge. */
export function faultKindsFor(target: { isEdge: true } | { isEdge: false; nodeKind: string }): FaultKind[] {
  if (target.isEdge) return ['partition'];
  if (target.nodeKind === 'client') return ['surge'];
  if (target.nodeKind === 'queue') return ['crash', 'redeploy'];
  return ['crash', 'redeploy', 'slow', 'errors', 'capacity'];
}
