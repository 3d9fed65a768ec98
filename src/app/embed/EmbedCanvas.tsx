import { Background, BackgroundVariant, ReactFlow, ReactFlowProvider } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { EdgeMarkers, edgeTypes } from '../../canvas/edges/DiagramEdgeView';
import { useFlowStore } from '../../canvas/flowStore';
import { nodeTypes } from '../../canvas/nodes/DiagramNodeView';
import { MessageOverlay } from '../../canvas/overlay';

/**
 * The diagram for the embedded player: the editor's node and edge views and message
 * overlay, but nothing can be moved, connected, selected or renamed. Panning and pinch
 * zoom stay (a small iframe needs them); the wheel scrolls the host page instead.
 */
export function EmbedCanvas({ colorMode }: { colorMode: 'light' | 'dark' }) {
  const nodes = useFlowStore((s) => s.nodes);
  const edges = useFlowStore((s) => s.edges);
  // Sizes measured by React Flow still have to reach its nodes; positions never change here.
  const onNodesChange = useFlowStore((s) => s.onNodesChange);
  return (
    <ReactFlowProvider>
      <div
        className="fl-embed__canvas"
        // Node views rename on double-click: stop it before it reaches them (read-only).
        onDoubleClickCapture={(e) => e.stopPropagation()}
      >
        <EdgeMarkers />
        <ReactFlow
          nodes={nodes}
          edges={edges}
          nodeTypes={nodeTypes}
          edgeTypes={edgeTypes}
          onNodesChange={(changes) => onNodesChange(changes.filter((c) => c.type === 'dimensions'))}
          nodesDraggable={false}
          nodesConnectable={false}
          nodesFocusable={false}
          edgesFocusable={false}
          elementsSelectable={false}
          deleteKeyCode={null}
          selectionKeyCode={null}
          multiSelectionKeyCode={null}
          zoomOnScroll={false}
          zoomOnDoubleClick={false}
          preventScrolling={false}
          fitView
          fitViewOptions={{ padding: 0.15 }}
          minZoom={0.1}
          maxZoom={2}
          colorMode={colorMode}
          proOptions={{ hideAttribution: false }}
          aria-label="Diagram"
        >
          <Background variant={BackgroundVariant.Dots} gap={20} size={1} />
          <MessageOverlay />
        </ReactFlow>
      </div>
    </ReactFlowProvider>
  );
}
