import { BaseEdge, EdgeLabelRenderer, type EdgeProps, getBezierPath } from '@xyflow/react';
import { memo, useState } from 'react';
import { useSelectionStore } from '../../store/selectionStore';
import type { FlowEdge } from '../flowTypes';
import { useBackendOut } from '../overlay/BackendOutBadge';
import { EdgeRunBadge } from '../overlay/EdgeRunBadge';

/** Ids of the arrowheads defined once by <EdgeMarkers />. */
export const ARROW_MARKER = 'fl-arrow';
export const ARROW_MARKER_SELECTED = 'fl-arrow-selected';

/**
 * One diagram edge: an RPC call is a solid line, async messages a dashed one (drawn
 * statically: animated dashes would cost a repaint per edge per frame). The label says the
 * kind in words ("Make it async" is in the inspector, a click away).
 */
function DiagramEdgeView(props: EdgeProps<FlowEdge>) {
  const { id, sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, data, selected } = props;
  const [path, labelX, labelY] = getBezierPath({
    sourceX,
    sourceY,
    targetX,
    targetY,
    sourcePosition,
    targetPosition,
  });
  const edge = data!.edge;
  const isRpc = edge.kind === 'rpc';
  // The run's rates show on hover or focus of the label (run.css): rendered only then.
  const [ratesShown, setRatesShown] = useState(false);
  // A load balancer's backend taken out (ejected or unhealthy) during a run: greyed and dashed.
  const out = useBackendOut(id);
  return (
    <>
      <g
        data-testid={`edge-${id}`}
        className={`fl-edge fl-edge--${edge.kind}${selected ? ' is-selected' : ''}${out ? ' is-backend-out' : ''}`}
      >
        <BaseEdge
          id={id}
          path={path}
          markerEnd={`url(#${selected ? ARROW_MARKER_SELECTED : ARROW_MARKER})`}
          interactionWidth={18}
        />
      </g>
      <EdgeLabelRenderer>
        {/* biome-ignore lint/a11y/noStaticElementInteractions lint/a11y/useKeyWithClickEvents: a bigger target for the mouse; keyboard users focus the edge itself (Tab). */}
        <div
          onPointerEnter={() => setRatesShown(true)}
          onPointerLeave={() => setRatesShown(false)}
          onFocus={() => setRatesShown(true)}
          onBlur={() => setRatesShown(false)}
          onClick={(e) => {
            // Shift+click adds to the selection (or takes out), as on the edge's line.
            const selection = useSelectionStore.getState();
            if (e.shiftKey) selection.toggle(id, true);
            else selection.select([], [id]);
          }}
          data-testid={`edgelabel-${id}`}
          className={`fl-edge-label fl-edge-label--${edge.kind}${selected ? ' is-selected' : ''} nodrag nopan`}
          // Above the line, not on it: the moving messages travel along the middle of the edge.
          style={{ transform: `translate(-50%, calc(-100% - 8px)) translate(${labelX}px, ${labelY}px)` }}
        >
          <span className="fl-edge-label__kind">{isRpc ? 'RPC' : 'async'}</span>
          {edge.label && <span className="fl-edge-label__text">{edge.label}</span>}
          {/* live view: breaker state, and rates on hover, during a run. */}
          <EdgeRunBadge id={id} ratesShown={ratesShown} />
        </div>
      </EdgeLabelRenderer>
    </>
  );
}

/** The edge component per kind. */
export const edgeTypes = {
  rpc: memo(DiagramEdgeView),
  async: memo(DiagramEdgeView),
};

/** Arrowhead definitions shared by every edge (an invisible SVG in the canvas). */
export function EdgeMarkers() {
  return (
    <svg className="fl-edge-markers" aria-hidden="true" width="0" height="0">
      <defs>
        {[ARROW_MARKER, ARROW_MARKER_SELECTED].map((mid) => (
          <marker
            key={mid}
            id={mid}
            viewBox="0 0 10 10"
            refX="9"
            refY="5"
            markerWidth="7"
            markerHeight="7"
            orient="auto-start-reverse"
          >
            <path d="M0 0 10 5 0 10z" className={mid} />
          </marker>
        ))}
      </defs>
    </svg>
  );
}
