import { describe, expect, it } from 'vitest';
import {
  createEventQueue,
  type PoppedEvent,
  peekTime,
  popEvent,
  pushEvent,
  settleEarliest,
  takeEarliest,
} from './eventQueue';
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
  it('reads the earliest time’s bits in place, also after the heap grew and after a pop', () => {
    const bits = new Float64Array(1);
    const words = new Uint32Array(bits.buffer);
    const q = createEventQueue(2);
    const out: PoppedEvent = { time: 0, type: 0, a: 0, b: 0 };
    // Times with fractions and large exponents, pushed latest first: the root moves each time.
    const times = [1e9 + 0.1, 12345.678, 1000 / 3, 0.5, 1 / 7];
    for (let i = 0; i < times.length; i++) {
      pushEvent(q, times[i], 1, i, 0); // Grows 2 -> 4 -> 8.
      bits[0] = Math.min(...times.slice(0, i + 1));
      expect([q.timeWords[0], q.timeWords[1]]).toEqual([words[0], words[1]]);
    }
    popEvent(q, out);
    bits[0] = 0.5;
    expect([q.timeWords[0], q.timeWords[1]]).toEqual([words[0], words[1]]);
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
  it('a push while the earliest event is taken reuses its slot: same order as pop then push', () => {
    // The engine's loop: take the earliest, run it (it schedules 0–3 more), settle.
    const fast = createEventQueue(2);
    const slow = createEventQueue(2);
    const rng = new Uint32Array(4);
    seedStream(rng, 0, 11, 0, 1);
    for (let i = 0; i < 20; i++) {
      const t = Math.floor(nextUnit(rng, 0) * 50);
      pushEvent(fast, t, 1, i, 0);
      pushEvent(slow, t, 1, i, 0);
    }
    const a: PoppedEvent = { time: 0, type: 0, a: 0, b: 0 };
    const b: PoppedEvent = { time: 0, type: 0, a: 0, b: 0 };
    let next = 20;
    for (let step = 0; step < 20_000 && slow.size > 0; step++) {
      takeEarliest(fast, a);
      popEvent(slow, b);
      expect([a.time, a.type, a.a, a.b]).toEqual([b.time, b.type, b.a, b.b]);
      const pushes = step < 4000 ? Math.floor(nextUnit(rng, 0) * 4) : 0;
      for (let k = 0; k < pushes; k++) {
        const t = a.time + Math.floor(nextUnit(rng, 0) * 30); // Ties with the taken event too.
        pushEvent(fast, t, 2, next, k);
        pushEvent(slow, t, 2, next, k);
        next++;
      }
      settleEarliest(fast);
      expect(fast.rootTaken).toBe(false);
      expect(fast.size).toBe(slow.size);
    }
    expect(fast.size).toBe(0);
  });
  it('keeps payloads in slots that never move: `slot` stays a permutation, and each event keeps its payload', () => {
    const q = createEventQueue(2);
    const rng = new Uint32Array(4);
    seedStream(rng, 0, 5, 0, 1);
    const out: PoppedEvent = { time: 0, type: 0, a: 0, b: 0 };
    let next = 0;
    for (let step = 0; step < 3000; step++) {
      if (q.size > 0 && nextUnit(rng, 0) < 0.5) {
        takeEarliest(q, out);
        // Each event carries its number in a, and its double in b and its type: nothing mixed.
        expect([out.b, out.type]).toEqual([out.a * 2, out.a % 7]);
        if (nextUnit(rng, 0) < 0.5) {
          pushEvent(q, out.time + Math.floor(nextUnit(rng, 0) * 20), next % 7, next, next * 2);
          next++;
        }
        settleEarliest(q);
      } else {
        pushEvent(q, Math.floor(nextUnit(rng, 0) * 1000), next % 7, next, next * 2);
        next++;
      }
      const sorted = Array.from(q.slot).sort((x, y) => x - y);
      expect(sorted).toEqual(Array.from({ length: q.slot.length }, (_, i) => i));
    }
    expect(q.slot.length).toBeGreaterThan(2); // It grew on the way.
  });
});
