import { describe, expect, it } from 'vitest';
import { parseDocument } from '../model';
import { createSimulation } from '../sim';
import { BUILT_IN_SCENARIOS } from '.';

/**
 * A lesson step that says a node "is back" must not sit next to that node's "⚑ cause" mark:
 * the live marks describe the last second, and the caption comes once its failures are over.
 */
describe('lesson captions and the live marks', () => {
  for (const scenario of BUILT_IN_SCENARIOS) {
    const parsed = parseDocument(scenario.document);
    if (!parsed.ok) throw new Error(`${scenario.id} is invalid`);
    const doc = parsed.doc;
    const backSteps = doc.lesson.filter((step) => step.atS !== undefined && / is back/i.test(step.caption));
    if (backSteps.length === 0) continue;
    it(`${scenario.id}: a node said to be back is no longer marked cause`, () => {
      const sim = createSimulation(doc, { trackTransfers: false });
      for (const step of backSteps) {
        // "Payments is back" names every node labelled "payments …".
        const name = (/(\w+) is back/i.exec(step.caption)?.[1] ?? '').toLowerCase();
        const named = doc.nodes.filter((n) => n.label.toLowerCase().split(/[\s(]/)[0] === name);
        expect(named.length, step.caption).toBeGreaterThan(0);
        sim.runUntil((step.atS ?? 0) * 1000);
        const live = sim.frame(0).nodes;
        for (const node of named) expect(live[node.id].role, `${node.id} at ${step.atS} s`).not.toBe('cause');
      }
    });
  }
});
