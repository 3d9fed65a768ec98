import { useReactFlow } from '@xyflow/react';
import type { DragEvent } from 'react';
import type { NodeKind } from '../model';
import { useDocumentStore } from '../store/documentStore';
import { useEditLockStore } from '../store/editLock';
import { addNodeAt } from '../store/editorCommands';
import { useSelectionStore } from '../store/selectionStore';
import { useUiStore } from '../store/uiStore';
import { NODE_KIND_MIME } from './dragKinds';
import { KindIcon } from './nodes/KindIcon';
import { canvasCentreOnScreen, freeSpotNear, spotBeside } from './placement';

const ENTRIES: { kind: NodeKind; name: string; hint: string }[] = [
  { kind: 'client', name: 'Client', hint: 'sends requests' },
  { kind: 'service', name: 'Service', hint: 'workers that serve calls' },
  { kind: 'queue', name: 'Queue', hint: 'holds messages' },
  { kind: 'database', name: 'Database', hint: 'answers queries' },
  { kind: 'cache', name: 'Cache', hint: 'answers repeated reads' },
  { kind: 'balancer', name: 'Load balancer', hint: 'spreads calls over services' },
];

/** The default kind of new connections: one click switches it. */
function EdgeKindToggle() {
  const kind = useUiStore((s) => s.defaultEdgeKind);
  const setKind = useUiStore((s) => s.setDefaultEdgeKind);
  return (
    <fieldset className="fl-segmented" aria-label="New connections">
      <button type="button" aria-pressed={kind === 'rpc'} onClick={() => setKind('rpc')}>
        RPC
      </button>
      <button type="button" aria-pressed={kind === 'async'} onClick={() => setKind('async')}>
        Async
      </button>
    </fieldset>
  );
}

/** What the two edge styles mean. */
function Legend() {
  return (
    <dl className="fl-legend">
      <div>
        <dt>
          <svg width="44" height="12" aria-hidden="true" className="fl-legend__line fl-legend__line--rpc">
            <path d="M2 6H36" />
            <path d="M34 2 42 6 34 10z" className="fl-legend__head" />
          </svg>
          Solid
        </dt>
        <dd>RPC: the caller waits for the reply</dd>
      </div>
      <div>
        <dt>
          <svg width="44" height="12" aria-hidden="true" className="fl-legend__line fl-legend__line--async">
            <path d="M2 6H36" />
            <path d="M34 2 42 6 34 10z" className="fl-legend__head" />
          </svg>
          Dashed
        </dt>
        <dd>Async: messages through a queue</dd>
      </div>
    </dl>
  );
}

/**
 * The palette: drag a kind onto the canvas, or click it (Enter or Space) to add one beside
 * the selected node, or at the centre of the view when nothing is selected. Also where new connections get their kind, and the edge legend.
 */
export function Palette() {
  const { screenToFlowPosition } = useReactFlow();
  // Under a lock (a challenge) only the kinds it allows are offered (store/editLock.ts).
  const addable = useEditLockStore((s) => s.lock?.addableKinds);
  const entries = addable ? ENTRIES.filter((e) => addable.includes(e.kind)) : ENTRIES;
  // Beside the selected node (the next step of a chain), or in the middle of the view.
  const addByClick = (kind: NodeKind) => {
    const { nodes } = useDocumentStore.getState().doc;
    const selected = useSelectionStore.getState().nodeIds;
    const anchor = nodes.find((n) => n.id === selected.at(-1));
    if (anchor) return void addNodeAt(kind, spotBeside(nodes, anchor));
    const centre = canvasCentreOnScreen();
    const at = centre ? screenToFlowPosition(centre) : { x: 0, y: 0 };
    addNodeAt(kind, freeSpotNear(nodes, at));
  };
  const onDragStart = (e: DragEvent, kind: NodeKind) => {
    e.dataTransfer.setData(NODE_KIND_MIME, kind);
    e.dataTransfer.effectAllowed = 'copy';
  };
  return (
    <div className="fl-palette">
      <h2 className="fl-section-title">Add</h2>
      <ul className="fl-palette__list">
        {entries.map(({ kind, name, hint }) => (
          <li key={kind}>
            <button
              type="button"
              className={`fl-palette__item fl-palette__item--${kind}`}
              aria-label={`Add ${kind}`}
              draggable
              onDragStart={(e) => onDragStart(e, kind)}
              onClick={() => addByClick(kind)}
            >
              <span className="fl-palette__icon">
                <KindIcon kind={kind} />
              </span>
              <span className="fl-palette__text">
                <span className="fl-palette__name">{name}</span>
                <span className="fl-palette__hint">{hint}</span>
              </span>
            </button>
          </li>
        ))}
      </ul>
      {addable && entries.length === 0 ? <p className="fl-palette__tip">Nothing may be added here.</p> : null}
      <p className="fl-palette__tip">
        Drag onto the canvas, or click to add beside the selected node (or in the middle).
      </p>
      <h2 className="fl-section-title">New connections</h2>
      <EdgeKindToggle />
      <Legend />
    </div>
  );
}
