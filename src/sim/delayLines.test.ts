import { describe, expect, it } from 'vitest';
import {
  createLine,
  type LineEntry,
  lineFromSnapshot,
  lineSnapshot,
  pushOnLine,
  takeHead,
} from './delayLines';
import { createEventQueue } from './eventQueue';
import { EV_CALL_ARRIVE, EV_TIMEOUT } from './events';
import { type Call, createPools } from './state';

/** Pools whose calls 0..n-1 have ended (their timeouts are stale) except those in `live`. */
function poolsWithCalls(n: number, live: number[]) {
  const pools = createPools();
  for (let i = 0; i < n; i++) pools.calls.push({ gen: 0, live: live.includes(i) } as Call);
  return pools;
}

/** Takes heads of line 0 until it is empty; returns the `a` of each entry taken. */
function takeAll(
  heap: ReturnType<typeof createEventQueue>,
  lines: ReturnType<typeof createLine>[],
  pools: ReturnType<typeof createPools>,
) {
  const entry: LineEntry = { type: 0, a: 0, b: 0 };
  const taken: number[] = [];
  while (lines[0].size > 0) {
    takeHead(heap, lines, 0, entry, pools);
    taken.push(entry.a);
  }
  return taken;
}

describe('delay lines', () => {
  it('drop the timeouts of ended attempts behind the head unseen, also after a checkpoint', () => {
    const pools = poolsWithCalls(6, [0, 3]);
    for (const restore of [false, true]) {
      const heap = createEventQueue();
      const lines = [createLine()];
      for (let i = 0; i < 6; i++) pushOnLine(heap, lines, 0, 2000 + i, EV_TIMEOUT, i, 0);
      if (restore) lines[0] = lineFromSnapshot(lineSnapshot(lines[0]));
      // The head always runs (its handler checks for itself); 1, 2, 4 and 5 have ended.
      expect(takeAll(heap, lines, pools)).toEqual([0, 3]);
    }
  });

  it('run every hop, whatever the calls they name: only timeouts and expiries are dropped unseen', () => {
    // Calls 0..5 have all ended, yet their arrivals are taken in order, one by one.
    const pools = poolsWithCalls(6, []);
    const heap = createEventQueue();
    const lines = [createLine()];
    for (let i = 0; i < 6; i++) pushOnLine(heap, lines, 0, 5 + i, EV_CALL_ARRIVE, i, 0);
    expect(takeAll(heap, lines, pools)).toEqual([0, 1, 2, 3, 4, 5]);
  });
});
