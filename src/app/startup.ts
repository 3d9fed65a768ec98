import { useNodesInitialized } from '@xyflow/react';
import { useEffect, useState } from 'react';

/**
 * The first visit's two phases: first the diagram is drawn and Play works, then everything
 * else loads (the charts and uPlot, the lessons, the gallery, the simulation worker). What
 * starts before the first phase ends competes with it for the network and the main thread,
 * and counts against the first-visit budget (docs/performance.md; `npm run size`).
 */

/** How long the page waits for the diagram's nodes before going on anyway (an empty diagram has none). */
const DRAWN_FALLBACK_MS = 1500;
/** The longest an idle callback may wait: a busy page still gets its deferred parts. */
const IDLE_TIMEOUT_MS = 500;

let markDrawn: () => void = () => undefined;
const drawn = new Promise<void>((resolve) => {
  markDrawn = resolve;
});
let started: Promise<void> | null = null;

/** Says the first diagram is on screen (called once React Flow has measured its nodes). */
export function diagramDrawn(): void {
  markDrawn();
}

/**
 * Resolves once the first diagram is drawn (or DRAWN_FALLBACK_MS after the first call) and
 * the browser has painted it and is idle: the moment to fetch and start what the first
 * visit does not need. The same promise for every caller.
 */
export function afterStartup(): Promise<void> {
  started ??= Promise.race([drawn, new Promise<void>((r) => setTimeout(r, DRAWN_FALLBACK_MS))]).then(
    () =>
      new Promise<void>((resolve) => {
        // After the next paint, then when the main thread is free.
        requestAnimationFrame(() => {
          if (typeof requestIdleCallback === 'function')
            requestIdleCallback(() => resolve(), { timeout: IDLE_TIMEOUT_MS });
          else setTimeout(resolve, 0);
        });
      }),
  );
  return started;
}

/** False until afterStartup() resolves, then true: mounts a lazily loaded part after startup. */
export function useAfterStartup(): boolean {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    let live = true;
    afterStartup().then(() => live && setReady(true));
    return () => {
      live = false;
    };
  }, []);
  return ready;
}

/** Inside the React Flow provider: reports the first diagram drawn. Renders nothing. */
export function StartupSignal(): null {
  const initialized = useNodesInitialized();
  useEffect(() => {
    if (initialized) diagramDrawn();
  }, [initialized]);
  return null;
}
