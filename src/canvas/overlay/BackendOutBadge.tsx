import { memo } from 'react';
import { useRunStore } from '../../store/runHooks';

/**
 * Whether the load balancer at the source of edge `id` takes that backend out now — ejected
 * by outlier detection or unhealthy by its health checks — during a run; null otherwise
 * (no run, or not a balancer's edge, or the backend gets calls).
 */
export function useBackendOut(id: string): 'ejected' | 'unhealthy' | null {
  return useRunStore((s) => s.liveEdges[id]?.backendOut ?? null);
}

/** The word on a balancer's edge whose backend is out: "ejected" or "unhealthy". */
export const BackendOutBadge = memo(function BackendOutBadge({ id }: { id: string }) {
  const out = useBackendOut(id);
  if (!out) return null;
  return (
    <span className={`edge-run-out edge-run-out--${out}`} data-testid={`backend-out-${id}`}>
      {out}
    </span>
  );
});
