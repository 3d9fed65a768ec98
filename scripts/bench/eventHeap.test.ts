import { describe, expect, it } from 'vitest';
import { EventHeap } from './eventHeap';

describe('EventHeap', () => {
  it('pops in (time, sequence) order', () => {
    const heap = new EventHeap(64);
    const times = [5, 3, 9, 3, 1, 7, 5, 0, 2, 3];
    for (const [i, t] of times.entries()) heap.push(t, i, i);
    const popped: number[] = [];
    while (heap.size > 0) popped.push(heap.pop());
    const expected = times
      .map((t, i) => ({ t, i }))
      .sort((a, b) => a.t - b.t || a.i - b.i)
      .map((e) => e.i);
    expect(popped).toEqual(expected);
  });
});
