import type { FaultlineDocument } from '../model/schema';

/**
 * What a check depends on: the document without where its nodes sit on the canvas (moving a
 * node changes no run), as one comparable string.
 */
function designOf(doc: FaultlineDocument): string {
  let design = designs.get(doc);
  if (design === undefined) {
    design = JSON.stringify({ ...doc, nodes: doc.nodes.map(({ position: _where, ...node }) => node) });
    designs.set(doc, design);
  }
  return design;
}

/** Documents are immutable (every edit makes a new one): each one's design is worked out once. */
const designs = new WeakMap<FaultlineDocument, string>();

/**
 * Whether `now` differs from the design a scorecard was made for (`checked`) in anything a
 * check looks at: a scorecard must not go on saying "Goals met" for a design that changed.
 * Moving nodes around does not count.
 */
export function designChanged(checked: FaultlineDocument, now: FaultlineDocument): boolean {
  return checked !== now && designOf(checked) !== designOf(now);
}
