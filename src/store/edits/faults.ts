import { createFault } from '../../model/defaults';
import { describeIssues } from '../../model/errors';
import { type FaultTarget, faultTargetProblem } from '../../model/faultTargets';
import { faultId, usedIds } from '../../model/ids';
import { type Fault, type FaultKind, faultSchema } from '../../model/scenario';
import type { FaultlineDocument } from '../../model/schema';
import { withFaults } from './faultList';
import { applied, type EditResult, refused } from './result';

// The edits that need no schema are in faultList.ts (the run controller uses them on a first visit).
export { appendFault, removeFault } from './faultList';

/** What the item `id` is, as a fault target (undefined when there is none). */
function targetOf(doc: FaultlineDocument, id: string): FaultTarget | undefined {
  return (
    doc.nodes.find((n) => n.id === id)?.kind ?? (doc.edges.some((e) => e.id === id) ? 'edge' : undefined)
  );
}

/** The schema's first complaint about `fault`, in words, or the fault as parsed. */
function checked(fault: unknown): { ok: true; fault: Fault } | { ok: false; reason: string } {
  const parsed = faultSchema.safeParse(fault);
  if (parsed.success) return { ok: true, fault: parsed.data };
  const [first] = describeIssues(parsed.error, 1);
  return { ok: false, reason: first ? `${first.path}: ${first.message}` : 'invalid fault' };
}

/**
 * Adds a fault of `kind` to the timeline, its other parameters at their defaults (or as in
 * `params`). Refused, with the reason, when the target does not take this fault (the
 * model's rule, faultTargets.ts) or a value is out of range. `created` holds the new fault's id.
 */
export function addFault(
  doc: FaultlineDocument,
  kind: FaultKind,
  target: string,
  startS: number,
  durationS: number,
  params: Record<string, unknown> = {},
): EditResult {
  const problem = faultTargetProblem(kind, target, targetOf(doc, target));
  if (problem) return refused(`The ${kind} fault cannot be added: ${problem}.`);
  const id = faultId(usedIds(doc), kind, target);
  let base: Fault;
  try {
    base = createFault(kind, id, target, startS, durationS);
  } catch {
    return refused('Start must be 0 or more and duration more than 0 seconds.');
  }
  const r = checked({ ...base, ...params });
  if (!r.ok) return refused(r.reason);
  return applied(withFaults(doc, [...doc.scenario.faults, r.fault]), [id]);
}

/**
 * Changes fields of one fault, checked against the schema and the target rule: the document
 * never holds an invalid fault. Refused with the reason otherwise.
 */
export function updateFault(doc: FaultlineDocument, id: string, patch: Partial<Fault>): EditResult {
  const i = doc.scenario.faults.findIndex((f) => f.id === id);
  if (i < 0) return refused(`there is no fault "${id}"`);
  const parsed = faultSchema.safeParse({ ...doc.scenario.faults[i], ...patch });
  if (!parsed.success) return refused(parsed.error.issues[0]?.message ?? 'invalid value');
  const fault = parsed.data;
  const problem = faultTargetProblem(fault.kind, fault.target, targetOf(doc, fault.target));
  if (problem) return refused(problem);
  const faults = doc.scenario.faults.slice();
  faults[i] = fault;
  return applied(withFaults(doc, faults));
}
