/**
 * Passes values on to `emit` at most once per `intervalMs`, always ending on the latest:
 * the first value goes at once, later ones within the interval wait for its end and only
 * the last of them is emitted. `urgent` values (a paused run, a seek) go at once.
 */
export interface ThrottleLatest<T> {
  push(value: T, urgent: boolean): void;
  /**
   * Emits the waiting value now if its turn is at most `earlyMs` away: called when the page
   * changes anyway (the live state refreshed), since one frame laid out and painted for
   * both changes costs less than two frames a few milliseconds apart.
   */
  flushIfDue(earlyMs: number): void;
  /** Drops a waiting value and stops the timer. */
  cancel(): void;
}

export function throttleLatest<T>(
  /** The interval, or a function read at each value (an interval that adapts to the page's load). */
  intervalMs: number | (() => number),
  emit: (value: T) => void,
  now: () => number = () => performance.now(),
  /**
   * How long a value waits at least for `flushIfDue` before it is emitted on its own (its
   * turn still comes first): a value that changes seldom then changes the page together with
   * something else instead of in a frame of its own. 0: no wait beyond its turn.
   */
  holdMs = 0,
): ThrottleLatest<T> {
  const interval = typeof intervalMs === 'number' ? () => intervalMs : intervalMs;
  let lastEmitMs = Number.NEGATIVE_INFINITY;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let waiting: { value: T } | null = null;
  const flush = () => {
    timer = null;
    if (!waiting) return;
    const { value } = waiting;
    waiting = null;
    lastEmitMs = now();
    emit(value);
  };
  return {
    push(value, urgent) {
      waiting = { value };
      const dueIn = lastEmitMs + interval() - now();
      if (urgent || (dueIn <= 0 && holdMs <= 0)) {
        if (timer !== null) clearTimeout(timer);
        flush();
      } else if (timer === null) {
        timer = setTimeout(flush, Math.max(dueIn, holdMs));
      }
    },
    flushIfDue(earlyMs) {
      if (!waiting || lastEmitMs + interval() - now() > earlyMs) return;
      if (timer !== null) clearTimeout(timer);
      flush();
    },
    cancel() {
      if (timer !== null) clearTimeout(timer);
      timer = null;
      waiting = null;
    },
  };
}
