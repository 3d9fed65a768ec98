import { memo } from 'react';
import { useEdgeLive } from '../../store/runHooks';

const BREAKER: Record<'closed' | 'open' | 'halfOpen', string> = {
  closed: 'breaker closed',
  open: 'breaker open',
  halfOpen: 'breaker half-open',
};

/**
 * An edge's live state during a run, for the editor's edge label: the circuit breaker's
 * state as a badge (rpc edges with a breaker), and calls and failures per second, shown on
 * hover or focus of the label. Renders nothing when no run is loaded.
 */
export const EdgeRunBadge = memo(function EdgeRunBadge({ id }: { id: string }) {
  const live = useEdgeLive(id);
  if (!live) return null;
  return (
    <span className="edge-run" data-testid={`edge-run-${id}`}>
      {live.breaker ? (
        <span className={`edge-run-breaker edge-run-breaker--${live.breaker}`}>{BREAKER[live.breaker]}</span>
      ) : null}
      <span className="edge-run-rates">
        {Math.round(live.callsPerS)}/s
        {live.failuresPerS > 0 ? `, ${Math.round(live.failuresPerS)} failed/s` : ''}
      </span>
    </span>
  );
});
