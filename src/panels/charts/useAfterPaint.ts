import { useEffect, useState } from 'react';

/**
 * `value`, but a change of it shows only after the browser has painted the frame that
 * follows it (an animation frame, then a task). For work that must not hold up what the
 * person just asked for: a click on a node shows in the inspector at once, and the node's own
 * charts (new uPlot charts, a few tens of ms on a slow machine) are built after that frame is
 * on screen. React's useDeferredValue is not enough: its render may still run before the
 * browser paints. `initial` is what the first render shows (by default `value` itself);
 * pass another value to defer the first showing too, for a part mounted with the click.
 */
export function useAfterPaint<T>(value: T, initial: T = value): T {
  const [shown, setShown] = useState(initial);
  useEffect(() => {
    if (Object.is(value, shown)) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setShown(value), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      if (timer !== undefined) clearTimeout(timer);
    };
  }, [value, shown]);
  return shown;
}
