/**
 * A cache's line in its live badge (NodeRunBadge.tsx): the hit ratio of the last simulated
 * second as a bar and a percentage, and how full it is. A flush shows as the entries
 * dropping to 0 and the bar emptying.
 */
export function CacheRunLine({
  hitRatio,
  entries,
  capacity,
}: {
  hitRatio: number;
  entries: number;
  capacity: number;
}) {
  return (
    <span className="node-run-load node-run-cache">
      <span className="node-run-bar" aria-hidden="true">
        <span className="node-run-bar-fill" style={{ transform: `scaleX(${hitRatio})` }} />
      </span>
      {`${Math.round(hitRatio * 100)} % hits · ${entries.toLocaleString('en-US')}/${capacity.toLocaleString('en-US')} entries`}
    </span>
  );
}
