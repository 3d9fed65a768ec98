import type { InstanceCounts } from '../../sim/report';

/** Pips drawn up to this many instances; beyond it the words say it alone. */
const MAX_PIPS = 12;

/** "3 live + 1 booting · 1 draining": an autoscaled service's instances, in words. */
export function instancesText(i: InstanceCounts): string {
  const booting = i.booting > 0 ? ` + ${i.booting} booting` : '';
  const draining = i.draining > 0 ? ` · ${i.draining} draining` : '';
  return `${i.live} live${booting}${draining}`;
}

/**
 * An autoscaled service's instances during a run, one row of its run badge: a pip per
 * instance (solid live, dashed booting, faded draining) and the same in words. One line,
 * clipped, like every row of the badge, so it never changes the node's size.
 */
export function NodeInstances({ id, instances }: { id: string; instances: InstanceCounts }) {
  const total = instances.live + instances.booting + instances.draining;
  const pips: string[] = [];
  if (total <= MAX_PIPS) {
    for (let k = 0; k < instances.live; k++) pips.push('live');
    for (let k = 0; k < instances.booting; k++) pips.push('booting');
    for (let k = 0; k < instances.draining; k++) pips.push('draining');
  }
  const text = instancesText(instances);
  return (
    <span className="node-run-instances" data-testid={`node-instances-${id}`} title={`Instances: ${text}`}>
      <span className="node-run-pips" aria-hidden="true">
        {pips.map((kind, k) => (
          // Pips are interchangeable: the index is the key.
          <span key={k} className={`node-run-pip node-run-pip--${kind}`} />
        ))}
      </span>
      {text}
    </span>
  );
}
