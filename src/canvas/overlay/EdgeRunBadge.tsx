import { memo } from 'react';
import { useRunStore } from '../../store/runHooks';
import { BackendOutBadge } from './BackendOutBadge';

const BREAKER: Record<'closed' | 'open' | 'halfOpen', string> = {
  closed: 'breaker closed',
  open: 'breaker open',
  halfOpen: 'breaker half-open',
};

/**
 * An edge's live state during a run, for the editor's edge label: the circuit breaker's
 * state as a badge (rpc edges with a breaker), whether a load balancer takes the edge's
 * backend out (BackendOutBadge.tsx), and calls and failures per second while the
 * label is hovered or focused (`ratesShown`). Renders nothing when no run is loaded.
 *
 * The rates change with nearly every live refresh on every edge; hidden, they would still
 * be rendered and written into the page several times a second for no one, so they are
 * only rendered while shown. Each part reads primitives (the breaker's state, rounded
 * rates): an edge re-renders only when what it shows changes.
 */
export const EdgeRunBadge = memo(function EdgeRunBadge({
  id,
  ratesShown,
}: {
  id: string;
  ratesShown: boolean;
}) {
  const live = useRunStore((s) => id in s.liveEdges);
  const breaker = useRunStore((s) => s.liveEdges[id]?.breaker ?? null);
  if (!live) return null;
  return (
    <span className="edge-run" data-testid={`edge-run-${id}`}>
      {breaker ? (
        <span className={`edge-run-breaker edge-run-breaker--${breaker}`}>{BREAKER[breaker]}</span>
      ) : null}
      <BackendOutBadge id={id} />
      {ratesShown ? <EdgeRates id={id} /> : null}
    </span>
  );
});

/** Calls and failures per second on the edge, whole numbers. */
function EdgeRates({ id }: { id: string }) {
  const calls = useRunStore((s) => Math.round(s.liveEdges[id]?.callsPerS ?? 0));
  const failures = useRunStore((s) => Math.round(s.liveEdges[id]?.failuresPerS ?? 0));
  return (
    <span className="edge-run-rates">
      {calls}/s
      {failures > 0 ? `, ${failures} failed/s` : ''}
    </span>
  );
}
