/**
 * "×2.3 slower": a node whose work is slowed by its own load (its slowdown under load, the
 * engine's loadFactor.ts) says so on its run badge, with the factor work starting now gets.
 * Text, not colour alone; part of the node's badge, so it refreshes with it on the clock tick.
 */
export function SlowdownBadge({ factor }: { factor: number }) {
  return (
    <span className="node-run-slowdown" title="Work here is slower because of its load (slowdown under load)">
      ×{factor.toFixed(1)} slower
    </span>
  );
}
