import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NODE_WIDTH } from '../store/edits';
import {
  closeColumnGaps,
  diagramWidth,
  fitColumns,
  MIN_COLUMN_GAP,
  type Placed,
  topToBottom,
} from './displayLayout';
import { NODE_HEIGHT } from './placement';

const chain = (n: number, step: number): Placed[] =>
  Array.from({ length: n }, (_, i) => ({ id: `n${i}`, position: { x: i * step, y: 0 } }));

const placedNodes = fc
  .uniqueArray(
    fc.record({ x: fc.integer({ min: -2000, max: 2000 }), y: fc.integer({ min: -1000, max: 1000 }) }),
    { minLength: 1, maxLength: 12, selector: (p) => `${p.x},${p.y}` },
  )
  .map((ps) => ps.map((position, i) => ({ id: `n${i}`, position })));

const overlap = (a: { x: number; y: number }, b: { x: number; y: number }) =>
  Math.abs(a.x - b.x) < NODE_WIDTH && Math.abs(a.y - b.y) < NODE_HEIGHT;

describe('fitColumns', () => {
  it('keeps a diagram that fits as drawn', () => {
    const nodes = chain(3, 380);
    expect(fitColumns(nodes, 2000)).toEqual(new Map(nodes.map((n) => [n.id, n.position])));
  });

  it('draws a four-node chain 1144 units wide into 1000', () => {
    const nodes = chain(4, 320);
    expect(diagramWidth(nodes)).toBe(1144);
    const fitted = fitColumns(nodes, 1000);
    expect(diagramWidth(nodes.map((n) => ({ id: n.id, position: fitted.get(n.id)! })))).toBeLessThanOrEqual(
      1000,
    );
  });

  it('never puts a node over one it did not overlap, and keeps left-to-right order (property)', () => {
    fc.assert(
      fc.property(placedNodes, fc.integer({ min: 0, max: 200 }), (nodes, gap) => {
        const moved = closeColumnGaps(nodes, Math.max(gap, MIN_COLUMN_GAP));
        for (const a of nodes)
          for (const b of nodes) {
            if (a === b) continue;
            const [pa, pb] = [moved.get(a.id)!, moved.get(b.id)!];
            if (overlap(pa, pb)) expect(overlap(a.position, b.position)).toBe(true);
            if (a.position.x < b.position.x) expect(pa.x).toBeLessThan(pb.x);
            expect(pa.y).toBe(a.position.y);
          }
      }),
    );
  });
});

describe('topToBottom', () => {
  it('turns a chain drawn left to right into a column read top to bottom', () => {
    const turned = topToBottom(chain(3, 380))!;
    expect([...turned.values()].map((p) => p.x)).toEqual([0, 0, 0]);
    const ys = [...turned.values()].map((p) => p.y);
    expect(ys).toEqual([...ys].sort((a, b) => a - b));
    expect(new Set(ys).size).toBe(3);
  });

  it('never puts two nodes over each other, or gives up (property)', () => {
    fc.assert(
      fc.property(placedNodes, (nodes) => {
        const turned = topToBottom(nodes);
        if (!turned) return;
        for (const a of nodes)
          for (const b of nodes)
            if (a !== b) expect(overlap(turned.get(a.id)!, turned.get(b.id)!)).toBe(false);
      }),
    );
  });
});
