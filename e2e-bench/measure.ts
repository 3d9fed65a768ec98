import type { Page } from '@playwright/test';

/**
 * In-page measurements for the UI benchmark. Timings are taken inside the page
 * (requestAnimationFrame timestamps, PerformanceObserver) so the test runner's own latency
 * never enters the figures.
 */

/** Installs, before the app loads, a long-task recorder and a spy on the worker's frames. */
export async function installProbes(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as BenchProbes;
    w.__bench = { longTasks: [], maxTransfers: 0, maxPerDot: 1, maxDots: 0 };
    try {
      new PerformanceObserver((list) => {
        for (const e of list.getEntries())
          w.__bench.longTasks.push({ start: e.startTime, duration: e.duration });
      }).observe({ type: 'longtask', buffered: true });
    } catch {
      // No long-task timing in this browser: the figure is printed as unavailable.
    }
    // How many messages the worker says are in flight (frames carry a sample and its scale).
    // Frames travel packed (src/worker/wire.ts): six numbers per transfer.
    const note = (data: unknown) => {
      const m = data as { type?: string; frame?: { perDot?: number }; transfers?: { data?: Float64Array } };
      if (m.type !== 'packedFrame' || !m.transfers?.data) return;
      const count = m.transfers.data.length / 6;
      const perDot = m.frame?.perDot ?? 1;
      w.__bench.maxTransfers = Math.max(w.__bench.maxTransfers, count * perDot);
      // One dot per packed transfer: what the overlay draws.
      w.__bench.maxDots = Math.max(w.__bench.maxDots, count);
      w.__bench.maxPerDot = Math.max(w.__bench.maxPerDot, perDot);
    };
    const add = Worker.prototype.addEventListener;
    Worker.prototype.addEventListener = function (
      this: Worker,
      type: string,
      fn: unknown,
      options?: unknown,
    ) {
      if (type === 'message' && typeof fn === 'function') {
        const inner = fn as (e: MessageEvent) => void;
        const spy = (e: MessageEvent) => {
          note(e.data);
          inner.call(this, e);
        };
        return add.call(this, type, spy as EventListener, options as AddEventListenerOptions);
      }
      return add.call(this, type, fn as EventListener, options as AddEventListenerOptions);
    } as typeof Worker.prototype.addEventListener;
    const onmessage = Object.getOwnPropertyDescriptor(Worker.prototype, 'onmessage');
    if (onmessage?.set && onmessage.get) {
      Object.defineProperty(Worker.prototype, 'onmessage', {
        configurable: true,
        get() {
          return onmessage.get?.call(this);
        },
        set(fn: ((e: MessageEvent) => void) | null) {
          onmessage.set?.call(
            this,
            fn
              ? (e: MessageEvent) => {
                  note(e.data);
                  fn.call(this, e);
                }
              : null,
          );
        },
      });
    }
  });
}

interface BenchProbes {
  __bench: {
    longTasks: { start: number; duration: number }[];
    maxTransfers: number;
    maxPerDot: number;
    maxDots: number;
  };
}

/** Frame times and long tasks over `durationMs` of wall time, measured from now. */
export async function measureFrames(page: Page, durationMs: number) {
  return page.evaluate(async (durationMs) => {
    const w = window as unknown as BenchProbes;
    // The run bar's clock ("12.3 s / 60.0 s · playing"): how far simulated time moved.
    const clock = () =>
      Number(
        /^([\d.]+) s/.exec(document.querySelector('[aria-label="Simulated time"]')?.textContent ?? '')?.[1],
      );
    // The clock's text changes a few times a second (less on a struggling page): its rate is
    // taken between the first and the last change seen, each at the frame it showed up in.
    let shown = clock();
    // Typed by assertion: both are set inside the frame callback, which TypeScript's narrowing
    // does not follow, so a plain `= null` would leave them typed as never being set.
    let firstChange = null as { t: number; s: number } | null;
    let lastChange = null as { t: number; s: number } | null;
    const start = performance.now();
    const stamps: number[] = [];
    await new Promise<void>((resolve) => {
      const tick = (t: number) => {
        stamps.push(t);
        const now = clock();
        if (now !== shown) {
          shown = now;
          lastChange = { t, s: now };
          firstChange ??= lastChange;
        }
        if (t - start < durationMs) requestAnimationFrame(tick);
        else resolve();
      };
      requestAnimationFrame(tick);
    });
    const deltas = stamps.slice(1).map((t, i) => t - stamps[i]);
    deltas.sort((a, b) => a - b);
    const at = (q: number) =>
      deltas[Math.min(deltas.length - 1, Math.floor(q * deltas.length))] ?? Number.NaN;
    const tasks = w.__bench.longTasks.filter((l) => l.start >= start);
    return {
      /** Simulated seconds per wall second over the interval. */
      simulatedPerWallS:
        firstChange && lastChange && lastChange.t > firstChange.t
          ? (lastChange.s - firstChange.s) / ((lastChange.t - firstChange.t) / 1000)
          : 0,
      frames: deltas.length,
      medianMs: at(0.5),
      p95Ms: at(0.95),
      worstFrameMs: deltas[deltas.length - 1] ?? Number.NaN,
      longTasks: tasks.length,
      longestTaskMs: tasks.reduce((m, l) => Math.max(m, l.duration), 0),
      longTaskMs: tasks.reduce((sum, l) => sum + l.duration, 0),
      messagesInFlight: w.__bench.maxTransfers,
      perDot: w.__bench.maxPerDot,
      dots: w.__bench.maxDots,
    };
  }, durationMs);
}

/** Clicks "Run to end" inside the page and times it until the run summary appears. */
export async function timeRunToEnd(page: Page): Promise<{ wallMs: number; summary: string }> {
  return page.evaluate(
    () =>
      new Promise<{ wallMs: number; summary: string }>((resolve, reject) => {
        const button = document.querySelector<HTMLButtonElement>(
          '[role="toolbar"][aria-label="Run controls"] button[aria-label="Run to end"]',
        );
        if (!button) return reject(new Error('no "Run to end" button'));
        const find = () => document.querySelector('[role="dialog"][aria-labelledby="run-summary-title"]');
        const start = performance.now();
        const observer = new MutationObserver(() => {
          const summary = find();
          if (!summary) return;
          observer.disconnect();
          resolve({ wallMs: performance.now() - start, summary: summary.textContent ?? '' });
        });
        observer.observe(document.body, { childList: true, subtree: true });
        button.click();
      }),
  );
}

/**
 * Clicks a node while the run plays and measures, inside the page, from the click's
 * pointerdown to the first animation frame in which the inspector shows that node.
 */
export async function selectionLatency(page: Page, nodeLabel: string, click: () => Promise<void>) {
  await page.evaluate((label) => {
    const w = window as unknown as { __select?: Promise<number> };
    w.__select = new Promise<number>((resolve) => {
      const onDown = (e: PointerEvent) => {
        window.removeEventListener('pointerdown', onDown, true);
        const downAt = e.timeStamp;
        // Checked at each animation frame, timed when found (the frame's own timestamp may
        // be older than the click it follows).
        const check = () => {
          const name = document.querySelector('#inspector-heading .fl-inspector__name');
          if (name?.textContent === label) resolve(performance.now() - downAt);
          else requestAnimationFrame(check);
        };
        requestAnimationFrame(check);
      };
      window.addEventListener('pointerdown', onDown, true);
    });
  }, nodeLabel);
  await click();
  return page.evaluate(() => (window as unknown as { __select: Promise<number> }).__select);
}
