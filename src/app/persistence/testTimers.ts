import type { Timers } from './autosaver';

/** Timers driven by hand, for tests: `advance(ms)` runs what falls due. */
export function manualTimers(): Timers & { advance(ms: number): void; readonly waiting: number } {
  let now = 0;
  let nextId = 0;
  const queue = new Map<number, { at: number; run: () => void }>();
  return {
    set(run, ms) {
      nextId += 1;
      queue.set(nextId, { at: now + ms, run });
      return nextId;
    },
    clear(handle) {
      queue.delete(handle as number);
    },
    advance(ms) {
      now += ms;
      for (const [id, t] of [...queue]) {
        if (t.at <= now) {
          queue.delete(id);
          t.run();
        }
      }
    },
    get waiting() {
      return queue.size;
    },
  };
}
