import { describe, expect, it } from 'vitest';
import { createEventQueue, type PoppedEvent, peekTime, popEvent, pushEvent } from './eventQueue';
import { nextUnit, seedStream } from './random';

describe('event queue', () => {
  it('pops in time order, and in scheduling order at equal times', () => {
    const q = createEventQueue(2);
    const rng = new Uint32Array(4);
    seedStream(rng, 0, 3, 0, 1);
    const pushed: { t: number; seq: number }[] = [];
    for (let i = 0; i < 5000; i++) {
      const t = Math.floor(nextUnit(rng, 0) * 100); // Many ties on purpose.
      pushEvent(q, t, 1, i, 0);
      pushed.push({ t, seq: i });
    }
    pushed.sort((a, b) => a.t - b.t || a.seq - b.seq);
    const out: PoppedEvent = { time: 0, type: 0, a: 0, b: 0 };
    for (const expected of pushed) {
      popEvent(q, out);
      expect([out.time, out.a]).toEqual([expected.t, expected.seq]);
    }
    expect(q.size).toBe(0);
    expect(peekTime(q)).toBe(Number.POSITIVE_INFINITY);
  });
  it('interleaves pushes and pops correctly', () => {
    const q = createEventQueue();
    const out: PoppedEvent = { time: 0, type: 0, a: 0, b: 0 };
    pushEvent(q, 10, 0, 1, 0);
    pushEvent(q, 5, 0, 2, 0);
    popEvent(q, out);
    expect(out.a).toBe(2);
    pushEvent(q, 10, 0, 3, 0);
    pushEvent(q, 1, 7, 4, 9);
    popEvent(q, out);
    expect([out.time, out.type, out.a, out.b]).toEqual([1, 7, 4, 9]);
    popEvent(q, out);
    expect(out.a).toBe(1);
    popEvent(q, out);
    expect(out.a).toBe(3);
  });
});
