import type { ViewAction, ViewFacts } from '../viewDecisions';
import { createViewportController } from '../viewportController';

/**
 * A viewport controller on animation frames a test turns by hand, recording the moves it
 * makes instead of moving a React Flow view. For tests only.
 */
export function controllerOnManualFrames(
  options: { ready?: () => boolean; facts?: Partial<ViewFacts> } = {},
) {
  let callbacks = new Map<number, () => void>();
  let next = 1;
  const applied: NonNullable<ViewAction>[] = [];
  const controller = createViewportController({
    requestFrame(callback) {
      callbacks.set(next, callback);
      return next++;
    },
    cancelFrame: (handle) => callbacks.delete(handle),
    ready: options.ready ?? (() => true),
    facts: {
      outside: () => true,
      viewport: () => ({ x: 10, y: 20, zoom: 1 }),
      selectionOverflow: () => 0,
      ...options.facts,
    },
    apply: (action) => applied.push(action),
  });
  /** One animation frame: the callbacks waiting for it run. */
  const frame = () => {
    const due = [...callbacks.values()];
    callbacks = new Map();
    for (const callback of due) callback();
  };
  const frames = (n: number) => {
    for (let i = 0; i < n; i++) frame();
  };
  return { controller, applied, frame, frames, waiting: () => callbacks.size };
}
