import { createFault } from '../model/defaults';
import { liveFaultId, usedIds } from '../model/ids';
import { faultSchema } from '../model/scenario';
import type { FaultlineDocument } from '../model/schema';
import type { LiveFault } from '../sim/protocol';
import { useDocumentStore } from '../store/documentStore';
import { addFault } from '../store/edits/faults';
import type { FaultSpec } from './runController';

/**
 * The schema-using half of firing a fault, fetched on the first fault (runController.ts):
 * it fills the fault's defaults and checks its parameters with the schema, which the first
 * visit does without (docs/performance.md).
 */

/**
 * The fault to inject into a running engine: every parameter at its default unless given, an
 * id unused in `doc` (ids.ts); the engine sets the start.
 */
export function liveFault(
  { kind, target, durationS, params = {} }: FaultSpec,
  doc: FaultlineDocument = useDocumentStore.getState().doc,
): LiveFault {
  const id = liveFaultId(usedIds(doc), kind, target);
  const full = faultSchema.parse({ ...createFault(kind, id, target, 0, durationS), ...params });
  const { startS: _start, ...fault } = full;
  return fault as LiveFault;
}

/** `doc` with the fault planned on its timeline at `plannedStartS` (parameters beyond the defaults applied when valid). */
export function withPlannedFault(
  doc: FaultlineDocument,
  { kind, target, durationS, params = {}, plannedStartS = 10 }: FaultSpec,
): FaultlineDocument {
  const r = addFault(doc, kind, target, plannedStartS, durationS, params);
  if (r.ok) return r.doc;
  const plain = addFault(doc, kind, target, plannedStartS, durationS);
  return plain.ok ? plain.doc : doc;
}
