import { memo } from 'react';
import type { NodeKind } from '../../model';
import type { NodeHealth } from '../../sim/report';
import { useDocumentStore } from '../../store/documentStore';
import { useNodeLive } from '../../store/runHooks';
import { CacheRunLine } from './CacheRunLine';
import { NodeInstances } from './NodeInstances';
import { SlowdownBadge } from './SlowdownBadge';

const HEALTH: Record<NodeHealth, { icon: string; text: string }> = {
  healthy: { icon: '✓', text: 'healthy' },
  degraded: { icon: '⚠', text: 'degraded' },
  down: { icon: '✕', text: 'down' },
  restarting: { icon: '↻', text: 'restarting' },
};

/** A client's current rate: whole numbers, or one decimal below 10. */
function formatRate(rate: number): string {
  return rate < 10 ? rate.toFixed(1) : Math.round(rate).toLocaleString('en-US');
}

function formatAge(ms: number): string {
  return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`;
}

/**
 * A node's live state during a run, for the editor's node components to render: health by
 * colour AND icon, worker utilisation as a bar with its numbers, the backlog, a queue's depth
 * and oldest message (a load balancer has no workers: its health says whether backends are
 * out, its edges which), whether a rate-limited service is turning calls away, and whether the
 * node is the cause of failures or a victim of another.
 * Subscribes to its own node only, refreshed at most ~10 times a second; renders nothing
 * when no run is loaded.
 */
export const NodeRunBadge = memo(function NodeRunBadge({ id, kind }: { id: string; kind: NodeKind }) {
  const live = useNodeLive(id);
  const causeId = live?.causeNode;
  // The cause's name as the person wrote it (a string: re-renders only when it changes).
  const causeLabel = useDocumentStore((s) =>
    causeId ? (s.doc.nodes.find((n) => n.id === causeId)?.label ?? causeId) : '',
  );
  if (!live) return null;
  const health = HEALTH[live.health];
  const utilisation = live.workers > 0 ? Math.min(1, live.busy / live.workers) : 0;
  return (
    <div
      className={`node-run node-run--${live.health} node-run--${live.role}`}
      data-testid={`node-run-${id}`}
    >
      <span className="node-run-health">
        <span aria-hidden="true">{health.icon}</span> {health.text}
      </span>
      {live.cache ? (
        <CacheRunLine {...live.cache} />
      ) : kind === 'queue' ? (
        <span className="node-run-depth">
          {live.depth} waiting{live.depth > 0 ? `, oldest ${formatAge(live.oldestAgeMs)}` : ''}
        </span>
      ) : kind !== 'client' && kind !== 'balancer' ? (
        <span className="node-run-load">
          <span className="node-run-bar" aria-hidden="true">
            {/* Scaled, not sized: a transform changes no layout, so the bar costs no layout. */}
            <span className="node-run-bar-fill" style={{ transform: `scaleX(${utilisation})` }} />
          </span>
          {live.busy}/{live.workers} busy{live.backlog > 0 ? ` · ${live.backlog} queued` : ''}
        </span>
      ) : live.ratePerS !== undefined ? (
        <span className="node-run-rate">now {formatRate(live.ratePerS)} req/s</span>
      ) : live.users !== undefined ? (
        <span className="node-run-rate">
          {live.users} user{live.users === 1 ? '' : 's'}
        </span>
      ) : null}
      {live.slowdown !== undefined ? <SlowdownBadge factor={live.slowdown} /> : null}
      {live.limiting ? (
        <span className="node-run-limiting">
          <span aria-hidden="true">⊘</span> rate limiting
        </span>
      ) : null}
      {live.instances ? <NodeInstances id={id} instances={live.instances} /> : null}
      {live.role === 'cause' ? (
        <span className="node-run-role node-run-role--cause">
          <span aria-hidden="true">⚑</span> cause
        </span>
      ) : null}
      {live.role === 'victim' ? (
        <span className="node-run-role node-run-role--victim">
          <span aria-hidden="true">⤷</span> victim{causeLabel ? ` of ${causeLabel}` : ''}
        </span>
      ) : null}
    </div>
  );
});
