import { createFault } from '../model/defaults';
import { faultSchema } from '../model/scenario';
import type { FaultlineDocument } from '../model/schema';
import type { LiveFault } from '../sim/protocol';
import { addFault, updateFault } from '../store/edits/faultEdits';
import type { FaultSpec } from './runController';

/**
 * The schema-using half of firing a fault, fetched on the first fault (runController.ts):
 * it fills the fault's defaults and checks its parameters with the schema, which the first
 * visit does without (docs/performance.md).
 */

/** The fault to inject into a running engine: every parameter at its default unless given; the engine sets start and id. */
export function liveFault({ kind, target, durationS, params = {} }: FaultSpec): LiveFault {
  const full = faultSchema.parse({ ...createFault(kind, 'live', target, 0, durationS), ...params });
  const { startS: _start, id: _id, ...fault } = full;
  return fault as LiveFault;
}

/** `doc` with the fault planned on its timeline at `plannedStartS` (parameters beyond the defaults applied when valid). */
export function withPlannedFault(
  doc: FaultlineDocument,
  { kind, target, durationS, params = {}, plannedStartS = 10 }: FaultSpec,
): FaultlineDocument {
  const added = addFault(doc, kind, target, plannedStartS, durationS);
  const r = updateFault(added.doc, added.fault.id, params);
  return r.ok ? r.doc : added.doc;
}
