import { useId, useState } from 'react';
import type { DiagramNode } from '../../model';
import { useDocumentStore } from '../../store/documentStore';
import { connectNodes } from '../../store/editorCommands';
import { useUiStore } from '../../store/uiStore';

/**
 * Connecting without a mouse: pick another node and connect to it with the current default
 * kind. Refusals come back in the status line, as for a drag.
 */
export function ConnectForm({ node }: { node: DiagramNode }) {
  const id = useId();
  // Names only: this list re-renders when a node is added, renamed or removed, not when one moves.
  const others = useDocumentStore((s) =>
    s.doc.nodes
      .filter((n) => n.id !== node.id)
      .map((n) => `${n.id}\u0000${n.kind} ${n.label || n.id}`)
      .join('\u0001'),
  );
  const kind = useUiStore((s) => s.defaultEdgeKind);
  const [target, setTarget] = useState('');
  if (node.kind === 'database') return null;
  const options = others ? others.split('\u0001').map((o) => o.split('\u0000') as [string, string]) : [];
  const chosen = options.some(([value]) => value === target) ? target : (options[0]?.[0] ?? '');
  return (
    <div className="fl-param fl-connect">
      <label htmlFor={id} className="fl-param__label">
        Connect to
      </label>
      <div className="fl-param__control">
        <select id={id} value={chosen} onChange={(e) => setTarget(e.currentTarget.value)}>
          {options.map(([value, name]) => (
            <option key={value} value={value}>
              {name}
            </option>
          ))}
        </select>
        <button
          type="button"
          className="fl-button"
          disabled={!chosen}
          onClick={() => connectNodes(node.id, chosen)}
        >
          Connect ({kind === 'rpc' ? 'RPC' : 'async'})
        </button>
      </div>
    </div>
  );
}
