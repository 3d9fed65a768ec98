import { nodeSummary } from '../../canvas/nodes/nodeSummary';
import { instancesText } from '../../canvas/overlay/NodeInstances';
import { useDocumentStore } from '../../store/documentStore';
import { useNodeLive } from '../../store/runHooks';

const HEALTH = { healthy: 'healthy', degraded: 'degraded', down: 'down', restarting: 'restarting' } as const;

function formatAge(ms: number): string {
  return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`;
}

/**
 * A tapped node's numbers, for the player on a phone (no hover, no inspector): what it is,
 * its parameters, and — during a run — its health, load, backlog or queue depth, and its
 * part in failures. Text only; the node's name is the document's text, never markup.
 */
export function NodeNumbers({ id, onClose }: { id: string; onClose: () => void }) {
  const node = useDocumentStore((s) => s.doc.nodes.find((n) => n.id === id));
  const live = useNodeLive(id);
  const causeLabel = useDocumentStore((s) =>
    live?.causeNode ? (s.doc.nodes.find((n) => n.id === live.causeNode)?.label ?? live.causeNode) : '',
  );
  if (!node) return null;
  const name = node.label || node.id;
  const rows: [string, string][] = [[node.kind, nodeSummary(node)]];
  if (live) {
    rows.push(['health', HEALTH[live.health]]);
    if (live.cache) {
      rows.push(['hits', `${Math.round(live.cache.hitRatio * 100)} % in the last second`]);
      rows.push(['entries', `${live.cache.entries} of ${live.cache.capacity}`]);
    } else if (node.kind === 'queue')
      rows.push([
        'waiting',
        `${live.depth}${live.depth > 0 ? `, oldest ${formatAge(live.oldestAgeMs)}` : ''}`,
      ]);
    else if (node.kind !== 'client') {
      rows.push(['busy', `${live.busy} of ${live.workers}`]);
      rows.push(['queued', String(live.backlog)]);
      if (live.instances) rows.push(['instances', instancesText(live.instances)]);
    }
    if (live.role === 'cause') rows.push(['failures', 'the cause']);
    if (live.role === 'victim') rows.push(['failures', `a victim${causeLabel ? ` of ${causeLabel}` : ''}`]);
  }
  return (
    <section className="fl-embed__numbers" aria-label={`${name}: numbers`} data-testid="node-numbers">
      <header>
        <strong>{name}</strong>
        <button
          type="button"
          className="fl-embed__numbers-close"
          aria-label="Close the numbers"
          onClick={onClose}
        >
          ×
        </button>
      </header>
      <dl>
        {rows.map(([term, value]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {live ? null : <p>Press Play to see it at work.</p>}
    </section>
  );
}
