import type { Fault, FaultlineDocument } from '../../model';

/** Two documents made comparable, and what had to give. */
export interface AlignedPair {
  left: FaultlineDocument;
  right: FaultlineDocument;
  /** Faults of the left timeline whose target does not exist on the right (they are left out there). */
  skippedFaults: Fault[];
}

function targets(doc: FaultlineDocument): Set<string> {
  return new Set([...doc.nodes.map((n) => n.id), ...doc.edges.map((e) => e.id)]);
}

/**
 * One seed, one duration and one fault timeline for both sides (DESIGN.md "Compare"): the
 * right-hand document takes the left one's seed, duration, traffic changes and faults —
 * those whose target (a node or edge id) exists in it. Builds new documents; the inputs
 * stay as they are.
 */
export function alignPair(left: FaultlineDocument, right: FaultlineDocument): AlignedPair {
  const onRight = targets(right);
  const faults = left.scenario.faults.filter((f) => onRight.has(f.target));
  const skippedFaults = left.scenario.faults.filter((f) => !onRight.has(f.target));
  const traffic = left.scenario.traffic.filter((t) => onRight.has(t.target));
  return {
    left,
    right: { ...right, scenario: { ...left.scenario, faults, traffic } },
    skippedFaults,
  };
}
