import { useRunStore } from '../../store/runHooks';
import { TRANSFER_DRAW_ORDER, TRANSFER_STYLES } from './transferStyles';

/**
 * The key to the overlay: each message kind's shape and colour, and how many requests one
 * dot stands for when traffic is dense enough to be sampled.
 */
export function OverlayLegend() {
  const perDot = useRunStore((s) => s.frame?.perDot ?? 1);
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
      {perDot > 1 && !reducedMotion ? (
        <p className="overlay-legend-sampling">1 dot = {perDot} requests</p>
      ) : null}
    </fieldset>
  );
}
