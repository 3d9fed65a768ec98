import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { counterBox } from './drawOverlay';

/**
 * An edge's label on screen at `zoom`: DiagramEdgeView lifts it 8 flow units above the
 * line's middle (translate(-50%, calc(-100% - 8px))), up to 26 units tall with its run badge.
 */
const labelBox = (mid: { x: number; y: number }, zoom: number) => ({
  top: mid.y - (8 + 26) * zoom,
  bottom: mid.y - 8 * zoom,
});

describe('counterBox', () => {
  it('writes "N in flight" under the line, clear of the edge label above it, at any zoom (property)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.1, max: 3, noNaN: true }),
        fc.integer({ min: -2000, max: 2000 }),
        fc.integer({ min: 10, max: 200 }),
        (zoom, y, textWidth) => {
          const mid = { x: 100, y };
          const box = counterBox(mid, textWidth);
          const label = labelBox(mid, zoom);
          expect(box.y).toBeGreaterThan(mid.y);
          expect(box.y >= label.bottom || box.y + box.height <= label.top).toBe(true);
        },
      ),
    );
  });
});
