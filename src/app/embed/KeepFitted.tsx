import { useReactFlow } from '@xyflow/react';
import { useEffect } from 'react';
import { useFlowStore } from '../../canvas/flowStore';

/** The fit the player uses: a little room all round. */
export const PLAYER_FIT = { padding: 0.15 } as const;

/**
 * Fits the player's diagram again when its nodes change size — the run badges appear once
 * a run is loaded and make every node taller — until the person pans or zooms it
 * themselves (`enabled` false from then on): a view they chose is never taken from them.
 */
export function KeepFitted({ enabled }: { enabled: boolean }) {
  const { fitView } = useReactFlow();
  const sizes = useFlowStore((s) => s.nodes.map((n) => `${n.measured?.width}x${n.measured?.height}`).join());
  useEffect(() => {
    if (!enabled || !sizes) return;
    const frame = requestAnimationFrame(() => void fitView(PLAYER_FIT));
    return () => cancelAnimationFrame(frame);
  }, [enabled, sizes, fitView]);
  return null;
}
