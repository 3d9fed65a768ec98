import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { controllerOnManualFrames } from './testing/manualFrames';
import { EMPTY_VIEWPORT, type ViewIntent } from './viewDecisions';
import { MAX_WAIT_FRAMES } from './viewportController';

const harness = controllerOnManualFrames;

const opened = (more: Partial<Extract<ViewIntent, { type: 'documentLoaded' }>> = {}): ViewIntent => ({
  type: 'documentLoaded',
  viewport: null,
  empty: false,
  ...more,
});

describe('the viewport controller', () => {
  it('fits a document opened while presenting once, its shown layout arriving a frame later included', () => {
    const h = harness();
    h.controller.request(opened());
    h.frame();
    // Presenter mode lays the new diagram out for the projector a render later.
    h.controller.request({ type: 'layoutChanged' });
    h.frames(10);
    expect(h.applied).toEqual([{ type: 'fit', durationMs: 0 }]);
    expect(h.waiting()).toBe(0);
  });

  it('drops what is pending when the person pans or zooms: no late move undoes their view', () => {
    const h = harness();
    h.controller.request(opened());
    h.controller.request({ type: 'layoutChanged' });
    h.frame();
    h.controller.userMoved();
    h.frames(MAX_WAIT_FRAMES + 5);
    expect(h.applied).toEqual([]);
    expect(h.waiting()).toBe(0);
  });

  it('waits for the canvas to measure the new nodes, but not forever', () => {
    let measured = false;
    const h = harness({ ready: () => measured });
    h.controller.request(opened());
    h.frames(5);
    expect(h.applied).toEqual([]);
    measured = true;
    h.frame();
    expect(h.applied).toEqual([{ type: 'fit', durationMs: 0 }]);

    const never = harness({ ready: () => false });
    never.controller.request({ type: 'layoutChanged' });
    never.frames(MAX_WAIT_FRAMES - 1);
    expect(never.applied).toEqual([]);
    never.frame();
    expect(never.applied).toEqual([{ type: 'fit', durationMs: 200 }]);
  });

  it('frames a document as it was saved, an empty one at 100 %, whatever else was asked with it', () => {
    const saved = { x: -40, y: 12, zoom: 0.8 };
    const h = harness();
    h.controller.request({ type: 'layoutChanged' });
    h.controller.request(opened({ viewport: saved }));
    h.controller.request({ type: 'reveal', ids: ['a'] });
    h.frames(3);
    h.controller.request(opened({ empty: true }));
    h.frames(3);
    expect(h.applied).toEqual([
      { type: 'set', viewport: saved, durationMs: 0 },
      { type: 'set', viewport: EMPTY_VIEWPORT, durationMs: 0 },
    ]);
  });

  it('reveals nodes by a fit only when they landed outside the view', () => {
    let outside = false;
    const seen: string[][] = [];
    const h = harness({
      facts: {
        outside: (ids) => {
          seen.push([...ids]);
          return outside;
        },
      },
    });
    h.controller.request({ type: 'reveal', ids: ['a'] });
    h.frames(3);
    expect(h.applied).toEqual([]);
    outside = true;
    h.controller.request({ type: 'reveal', ids: ['b'] });
    h.controller.request({ type: 'reveal', ids: ['c', 'b'] });
    h.frames(3);
    expect(h.applied).toEqual([{ type: 'fit', durationMs: 250 }]);
    expect(seen).toEqual([['a'], ['b', 'c']]);
  });

  it('pans a narrowed canvas just enough to keep the selection in view, never zooming', () => {
    let overflow = 0;
    const h = harness({ facts: { selectionOverflow: () => overflow } });
    h.controller.request({ type: 'keepSelectionInView' });
    h.frames(3);
    overflow = 30;
    h.controller.request({ type: 'keepSelectionInView' });
    h.frames(3);
    expect(h.applied).toEqual([{ type: 'set', viewport: { x: -20, y: 20, zoom: 1 }, durationMs: 150 }]);
  });

  it('leaves no frame waiting once stopped, and decides what was asked meanwhile once started again', () => {
    const h = harness();
    h.controller.request({ type: 'layoutChanged' });
    h.controller.stop();
    expect(h.waiting()).toBe(0);
    // A request while stopped (React's development remount) waits for the start.
    h.controller.request({ type: 'reveal', ids: ['a'] });
    h.frames(3);
    expect(h.applied).toEqual([]);
    h.controller.start();
    h.frames(3);
    expect(h.applied).toEqual([{ type: 'fit', durationMs: 200 }]);
  });

  it('makes at most one move per request, never after the person moved the view until asked again', () => {
    const intent = fc.constantFrom<ViewIntent>(
      opened(),
      opened({ empty: true }),
      { type: 'layoutChanged' },
      { type: 'reveal', ids: ['a'] },
      { type: 'keepSelectionInView' },
    );
    const step = fc.oneof(
      intent.map((i) => ({ kind: 'request' as const, intent: i })),
      fc.constant({ kind: 'frame' as const }),
      fc.constant({ kind: 'userMoved' as const }),
    );
    fc.assert(
      fc.property(fc.array(step, { maxLength: 60 }), fc.boolean(), (steps, measured) => {
        const h = harness({ ready: () => measured, facts: { selectionOverflow: () => 5 } });
        // Requests since the last move, and whether the person moved the view after them.
        let asked = 0;
        let userMovedSince = false;
        for (const s of steps) {
          if (s.kind === 'request') {
            h.controller.request(s.intent);
            asked++;
            userMovedSince = false;
          } else if (s.kind === 'userMoved') {
            h.controller.userMoved();
            userMovedSince = true;
          } else {
            const before = h.applied.length;
            h.frame();
            const moves = h.applied.length - before;
            expect(moves).toBeLessThanOrEqual(1);
            if (moves === 1) {
              expect(asked).toBeGreaterThan(0);
              expect(userMovedSince).toBe(false);
              asked = 0;
            }
          }
          if (s.kind === 'userMoved') asked = 0;
        }
      }),
    );
  });
});
