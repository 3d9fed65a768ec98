import type { Fault } from '../../model/scenario';
import type { FaultlineDocument } from '../../model/schema';
import { applied, type EditResult, refused } from './result';

/**
 * Edits of the fault timeline that need no schema check (faults.ts has those that do): the
 * run controller, part of the first visit, writes live faults back with them, and the first
 * visit's JavaScript has no zod (docs/performance.md).
 */

/** `doc` with its scenario's faults replaced by `faults`. */
export function withFaults(doc: FaultlineDocument, faults: Fault[]): FaultlineDocument {
  return { ...doc, scenario: { ...doc.scenario, faults } };
}

/**
 * Appends a fault exactly as given (a live one the engine wrote), unless its id is there
 * already. Not a person's edit, so it returns the document itself: the engine has checked it.
 */
export function appendFault(doc: FaultlineDocument, fault: Fault): FaultlineDocument {
  if (doc.scenario.faults.some((f) => f.id === fault.id)) return doc;
  return withFaults(doc, [...doc.scenario.faults, fault]);
}

/** `doc` without the fault `id`; refused when there is no such fault. */
export function removeFault(doc: FaultlineDocument, id: string): EditResult {
  if (!doc.scenario.faults.some((f) => f.id === id)) return refused(`there is no fault "${id}"`);
  return applied(
    withFaults(
      doc,
      doc.scenario.faults.filter((f) => f.id !== id),
    ),
  );
}
