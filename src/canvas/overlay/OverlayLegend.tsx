import { useRunStore } from '../../store/runHooks';
import { LIVE_ALIGN_MS, type RunStore } from '../../store/runStore';
import { CLOCK_INTERVAL_MS, useThrottledRunValue } from '../../store/useThrottledRunValue';
import { TRANSFER_DRAW_ORDER, TRANSFER_STYLES } from './transferStyles';

/**
 * Requests per dot as the legend says it: one decimal below 10 ("3.7"), whole numbers
 * above. The engine's figure is the exact ratio of messages to dots, a new one nearly
 * every frame; more digits would change the text with every frame and say nothing more.
 */
export function formatPerDot(perDot: number): string {
  return perDot < 10 ? perDot.toFixed(1).replace(/\.0$/, '') : String(Math.round(perDot));
}

/** The legend's "1 dot = N" as shown (a string: the legend re-renders only when it changes). */
const shownPerDot = (s: RunStore): string => formatPerDot(s.frame?.perDot ?? 1);

/**
 * The key to the overlay: each message kind's shape and colour, and how many requests one
 * dot stands for when traffic is dense enough to be sampled. That number follows the run
 * like the clock (at most five times a second while playing, exact when still): the
 * canvas keeps the frame rate, the text beside it need not.
 */
export function OverlayLegend() {
  // It changes seldom once rounded: a change waits for the clock's next tick to show with it.
  const perDot = useThrottledRunValue(shownPerDot, CLOCK_INTERVAL_MS, CLOCK_INTERVAL_MS + LIVE_ALIGN_MS);
  const reducedMotion = useRunStore((s) => s.reducedMotion);
  return (
    <fieldset className="overlay-legend">
      <legend>Messages</legend>
      {reducedMotion ? (
        <span>Reduced motion: edges show messages in flight as numbers.</span>
      ) : (
        <ul>
          {TRANSFER_DRAW_ORDER.map((kind) => (
            <li key={kind}>
              <span aria-hidden="true" style={{ color: TRANSFER_STYLES[kind].colour }}>
                {TRANSFER_STYLES[kind].symbol}
              </span>{' '}
              {TRANSFER_STYLES[kind].label}
            </li>
          ))}
        </ul>
      )}
      {perDot !== '1' && !reducedMotion ? (
        <p className="overlay-legend-sampling">1 dot = {perDot} requests</p>
      ) : null}
    </fieldset>
  );
}
