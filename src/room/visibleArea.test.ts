import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { panZoomFor, sameArea, visibleAreaOf } from './visibleArea';

describe('the presenter’s visible area', () => {
  it('is the flow rectangle the canvas shows', () => {
    expect(visibleAreaOf({ x: -200, y: 100, zoom: 2 }, { width: 800, height: 600 })).toEqual({
      x: 100,
      y: -50,
      width: 400,
      height: 300,
    });
    expect(visibleAreaOf({ x: 0, y: 0, zoom: 1 }, { width: 0, height: 600 })).toBeNull();
  });

  it('a canvas of another shape shows all of it, centred, as large as fits', () => {
    // The presenter's 1600 × 1000 canvas at zoom 2 shows 800 × 500 of the diagram; a
    // 400 × 800 phone-sized canvas fits that width: zoom 0.5, the area centred vertically.
    const area = { x: 100, y: 50, width: 800, height: 500 };
    const view = panZoomFor(area, { width: 400, height: 800 }, 0.1, 4);
    expect(view.zoom).toBe(0.5);
    expect(view.x).toBe(-50);
    expect(view.y).toBeCloseTo(400 - 300 * 0.5);
  });

  it('the same size of canvas gets back the presenter’s own pan and zoom', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -5000, max: 5000, noNaN: true }),
        fc.double({ min: -5000, max: 5000, noNaN: true }),
        fc.double({ min: 0.1, max: 4, noNaN: true }),
        fc.integer({ min: 100, max: 3000 }),
        fc.integer({ min: 100, max: 3000 }),
        (x, y, zoom, width, height) => {
          const area = visibleAreaOf({ x, y, zoom }, { width, height });
          expect(area).not.toBeNull();
          if (!area) return;
          const back = panZoomFor(area, { width, height }, 0.1, 4);
          expect(back.zoom).toBeCloseTo(zoom, 9);
          expect(back.x).toBeCloseTo(x, 6);
          expect(back.y).toBeCloseTo(y, 6);
        },
      ),
    );
  });

  it('keeps the zoom within the canvas’s limits', () => {
    expect(panZoomFor({ x: 0, y: 0, width: 1, height: 1 }, { width: 1000, height: 1000 }, 0.1, 2).zoom).toBe(
      2,
    );
  });

  it('a change smaller than half a percent is not a change', () => {
    const a = { x: 0, y: 0, width: 1000, height: 500 };
    expect(sameArea(a, { ...a, x: 4 })).toBe(true);
    expect(sameArea(a, { ...a, x: 6 })).toBe(false);
    expect(sameArea(null, null)).toBe(true);
    expect(sameArea(a, null)).toBe(false);
  });
});
