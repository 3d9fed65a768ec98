import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type FaultlineDocument, parseDocument, type StoredDocument } from '../../model';
import { validDocument } from '../../model/fixtures/arbitraries';
import { alignPair } from './alignPair';
import { ALL_RPC_EDGES, asyncVariant } from './asyncVariant';
import { nodeName } from './partNames';

function parsed(stored: StoredDocument): FaultlineDocument {
  const r = parseDocument(stored);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.doc;
}

/**
 * `doc` with every node id replaced (edges, faults, traffic and lesson focus follow), as if
 * drawn again by hand: only the names still tie it to the original. The new ids are longer
 * than any the arbitraries make, so they collide with none.
 */
function redrawn(doc: FaultlineDocument): FaultlineDocument {
  const ids = new Map(doc.nodes.map((n, i) => [n.id, `redrawn-node-number-${i}`]));
  const to = (id: string) => ids.get(id) ?? id;
  return {
    ...doc,
    nodes: doc.nodes.map((n) => ({ ...n, id: to(n.id) })),
    edges: doc.edges.map((e) => ({ ...e, source: to(e.source), target: to(e.target) })),
    scenario: {
      ...doc.scenario,
      faults: doc.scenario.faults.map((f) => ({ ...f, target: to(f.target) })),
      traffic: doc.scenario.traffic.map((t) => ({ ...t, target: to(t.target) })),
    },
    lesson: doc.lesson.map((step) => (step.focus ? { ...step, focus: to(step.focus) } : step)),
  };
}

describe('alignPair on any documents', () => {
  it('always gives a valid right side, and accounts for every fault and traffic change', () => {
    fc.assert(
      fc.property(validDocument(), validDocument(), (a, b) => {
        const [left, right] = [parsed(a), parsed(b)];
        const pair = alignPair(left, right);
        const r = parseDocument(pair.right);
        expect(r.ok ? [] : r.errors).toEqual([]);
        const carried = pair.right.scenario.faults.length + pair.right.scenario.traffic.length;
        expect(carried + pair.unmatched.length).toBe(
          left.scenario.faults.length + left.scenario.traffic.length,
        );
        expect(pair.sharedFaults).toHaveLength(pair.right.scenario.faults.length);
      }),
      { numRuns: 150 },
    );
  });

  let tested = 0;
  it('against its own async variant redrawn, carries every fault on a node with a name of its own', () => {
    fc.assert(
      fc.property(validDocument(), (stored) => {
        const left = parsed(stored);
        const variant = asyncVariant(left, ALL_RPC_EDGES);
        if (!variant.ok) return;
        const right = redrawn(variant.doc);
        expect(parseDocument(right).ok).toBe(true);
        const pair = alignPair(left, right);
        expect(parseDocument(pair.right).ok).toBe(true);
        const names = left.nodes.map(nodeName);
        const uniquelyNamed = new Set(
          left.nodes.filter((n) => names.filter((x) => x === nodeName(n)).length === 1).map((n) => n.id),
        );
        // "Make it async" adds queues named after their consumer; a left node could share such a name.
        const variantNames = right.nodes.map(nodeName);
        const expected = left.scenario.faults.filter(
          (f) =>
            uniquelyNamed.has(f.target) &&
            variantNames.filter((x) => x === nodeName(left.nodes.find((n) => n.id === f.target)!)).length ===
              1,
        );
        for (const f of expected) {
          const carried = pair.right.scenario.faults.find((g) => g.id === f.id);
          const target = right.nodes.find((n) => n.id === carried?.target);
          expect(target && nodeName(target)).toBe(nodeName(left.nodes.find((n) => n.id === f.target)!));
        }
        tested += expected.length;
      }),
      { numRuns: 150 },
    );
    // The property is about something: the random documents do carry such faults.
    expect(tested).toBeGreaterThan(20);
  });
});
