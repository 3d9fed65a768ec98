import { getBezierPath, type Position, useInternalNode, ViewportPortal } from '@xyflow/react';
import { flowEdgeEnds } from '../../canvas/overlay/flowEdgeEnds';
import type { DiagramEdge } from '../../model';
import { useDocumentStore } from '../../store/documentStore';
import { useLessonStore } from './lessonStore';

/** Space between a focused node and its ring, in flow units. */
const RING_GAP = 8;

function NodeRing({ id }: { id: string }) {
  const node = useInternalNode(id);
  const width = node?.measured.width ?? node?.width;
  const height = node?.measured.height ?? node?.height;
  if (!node || !width || !height) return null;
  const { x, y } = node.internals.positionAbsolute;
  return (
    <div
      className="lesson-focus lesson-focus--node"
      data-testid={`lesson-focus-${id}`}
      style={{
        transform: `translate(${x - RING_GAP}px, ${y - RING_GAP}px)`,
        width: width + 2 * RING_GAP,
        height: height + 2 * RING_GAP,
      }}
    />
  );
}

function EdgeGlow({ edge }: { edge: DiagramEdge }) {
  const source = useInternalNode(edge.source);
  const target = useInternalNode(edge.target);
  const ends = source && target ? flowEdgeEnds(source, target) : null;
  if (!ends) return null;
  // The same curve React Flow draws for the edge (DiagramEdgeView uses getBezierPath).
  const [path] = getBezierPath({
    ...ends,
    sourcePosition: ends.sourcePosition as Position,
    targetPosition: ends.targetPosition as Position,
  });
  return (
    <svg
      className="lesson-focus lesson-focus--edge"
      data-testid={`lesson-focus-${edge.id}`}
      aria-hidden="true"
    >
      <path d={path} />
    </svg>
  );
}

/**
 * The focus of the shown lesson step: a ring around the node or a glow along the edge,
 * drawn on a layer in the diagram's coordinates (React Flow's viewport portal), so node
 * and edge components need not know about lessons. Nothing for an id the diagram lacks.
 */
export function LessonFocus() {
  const focus = useLessonStore((s) => (s.current === null ? undefined : s.current));
  const id = useDocumentStore((s) => (focus === undefined ? undefined : s.doc.lesson[focus]?.focus));
  const isNode = useDocumentStore((s) => id !== undefined && s.doc.nodes.some((n) => n.id === id));
  const edge = useDocumentStore((s) => (id === undefined ? undefined : s.doc.edges.find((e) => e.id === id)));
  if (id === undefined) return null;
  return (
    <ViewportPortal>
      {isNode ? <NodeRing key={id} id={id} /> : edge ? <EdgeGlow key={id} edge={edge} /> : null}
    </ViewportPortal>
  );
}
