import { Handle, type NodeProps, Position } from '@xyflow/react';
import { memo, useState } from 'react';
import { renameItem } from '../../store/editorCommands';
import { useUiStore } from '../../store/uiStore';
import type { FlowNode } from '../flowTypes';
import { NodeRunBadge } from '../overlay/NodeRunBadge';
import { KindIcon } from './KindIcon';
import { nodeSummary } from './nodeSummary';

/** Inline rename: Enter or leaving the field keeps the name, Escape drops it. */
function LabelEditor({ id, label, onDone }: { id: string; label: string; onDone: () => void }) {
  const [draft, setDraft] = useState(label);
  const commit = () => {
    if (draft !== label) {
      void renameItem(id, draft);
    }
    onDone();
  };
  return (
    <input
      className="fl-node__rename nodrag nopan nowheel"
      aria-label="Rename node"
      value={draft}
      maxLength={80}
      // biome-ignore lint/a11y/noAutofocus: the field appears because the person asked to rename.
      autoFocus
      onFocus={(e) => e.currentTarget.select()}
      onChange={(e) => setDraft(e.currentTarget.value)}
      onBlur={commit}
      onKeyDown={(e) => {
        e.stopPropagation();
        if (e.key === 'Enter') commit();
        if (e.key === 'Escape') onDone();
      }}
    />
  );
}

/**
 * One diagram node. It reads only its own document node from `data` (React Flow renders
 * it again only when that object changes) and shows its kind three ways: shape, icon and
 * the word. The label is always text, never markup.
 */
function DiagramNodeView({ id, data, selected }: NodeProps<FlowNode>) {
  const node = data.node;
  // Shown top to bottom (a phone's player): calls come in at the top and leave at the bottom.
  const [into, outOf] = data.upright ? [Position.Top, Position.Bottom] : [Position.Left, Position.Right];
  // A boolean per node: only the node being renamed renders when renaming starts or ends.
  const editing = useUiStore((s) => s.renamingId === id);
  const setRenaming = useUiStore((s) => s.setRenaming);
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: double-click renames with the mouse; F2 on the focused node, or the inspector's Name field, with the keyboard.
    <div
      className={`fl-node fl-node--${node.kind}${selected ? ' is-selected' : ''}`}
      data-testid={`node-${id}`}
      onDoubleClick={() => setRenaming(id)}
      title={node.label}
    >
      {node.kind !== 'client' && <Handle type="target" position={into} className="fl-handle" />}
      <span className="fl-node__icon">
        <KindIcon kind={node.kind} />
      </span>
      <span className="fl-node__text">
        <span className="fl-node__kind">{node.kind}</span>
        {editing ? (
          <LabelEditor id={id} label={node.label} onDone={() => setRenaming(null)} />
        ) : (
          <span className="fl-node__label">{node.label || node.id}</span>
        )}
        <span className="fl-node__params">{nodeSummary(node)}</span>
        {/* live view: health, load and cause/victim during a run (nothing while editing). */}
        <NodeRunBadge id={id} kind={node.kind} />
      </span>
      {node.kind !== 'database' && <Handle type="source" position={outOf} className="fl-handle" />}
    </div>
  );
}

const MemoNode = memo(DiagramNodeView);

/** The node component per kind (one component; the kind picks shape and icon through CSS and data). */
export const nodeTypes = {
  client: MemoNode,
  service: MemoNode,
  queue: MemoNode,
  database: MemoNode,
  cache: MemoNode,
  balancer: MemoNode,
};
