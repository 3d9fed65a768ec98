/**
 * How much the page can afford to change while a run plays. A text or a badge that changes
 * makes the browser lay out and paint the page; on a fast machine that takes a few
 * milliseconds, on a weak laptop or phone (or a big diagram) tens of milliseconds, and five
 * such frames a second then stutter the moving messages. The page watches its own long tasks
 * (over 50 ms) and slows the clock, the timeline and the badges down (`factor()`: 1, 2 or 4
 * times their usual interval) while they are frequent, and speeds them up again once they
 * are gone. The moving messages are drawn every frame whatever the factor.
 */

/** Long tasks per second from which the page slows its updates down one step. */
export const LONG_TASKS_PER_S_TO_SLOW = 2;
/** The window over which long tasks are counted, in wall ms. */
export const LOAD_WINDOW_MS = 3000;
/** Wall ms without a long task after which the page speeds its updates up one step. */
export const CALM_MS = 5000;
/** The largest factor: the clock then changes about once a second. */
export const MAX_FACTOR = 4;

export interface PageLoad {
  /** The multiplier of the clock's, the timeline's and the badges' update interval. */
  factor(): number;
  /** A long task ended at wall time `atMs`. */
  noteLongTask(atMs: number): void;
}

/** A page load governor reading wall time from `now` (tests pass their own clock). */
export function createPageLoad(now: () => number): PageLoad {
  let level = 1;
  let changedMs = Number.NEGATIVE_INFINITY;
  const longTasks: number[] = [];
  const forgetBefore = (t: number) => {
    while (longTasks.length > 0 && longTasks[0] < t) longTasks.shift();
  };
  return {
    factor() {
      const t = now();
      forgetBefore(t - Math.max(LOAD_WINDOW_MS, CALM_MS));
      const last = longTasks.at(-1);
      if (level > 1 && (last === undefined || t - last >= CALM_MS) && t - changedMs >= CALM_MS) {
        level /= 2;
        changedMs = t;
      }
      return level;
    },
    noteLongTask(atMs) {
      longTasks.push(atMs);
      forgetBefore(atMs - Math.max(LOAD_WINDOW_MS, CALM_MS));
      const recent = longTasks.filter((x) => x >= atMs - LOAD_WINDOW_MS).length;
      // Judged over a whole window at one level, so one step shows its effect before the next.
      if (
        level < MAX_FACTOR &&
        recent >= (LONG_TASKS_PER_S_TO_SLOW * LOAD_WINDOW_MS) / 1000 &&
        atMs - changedMs >= LOAD_WINDOW_MS
      ) {
        level *= 2;
        changedMs = atMs;
      }
    },
  };
}

/** The longest interval a struggling page stretches an update to (about once a second). */
export const SLOWEST_UPDATE_MS = 1000;

/**
 * `intervalMs` stretched by the page's load factor, up to SLOWEST_UPDATE_MS (an interval
 * already longer than that stays as it is).
 */
export function stretchedInterval(intervalMs: number, load: PageLoad = pageLoad): number {
  return Math.max(intervalMs, Math.min(SLOWEST_UPDATE_MS, intervalMs * load.factor()));
}

/** The page's governor: its factor stays 1 where the browser cannot report long tasks. */
export const pageLoad: PageLoad = createPageLoad(() => performance.now());

/**
 * Starts feeding the page's long tasks to `pageLoad` (Chromium reports them; elsewhere this
 * does nothing and the factor stays 1). Call once at startup.
 */
export function watchPageLoad(): void {
  if (typeof PerformanceObserver === 'undefined') return;
  if (!PerformanceObserver.supportedEntryTypes?.includes('longtask')) return;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) pageLoad.noteLongTask(entry.startTime + entry.duration);
  }).observe({ type: 'longtask', buffered: false });
}
