import { type KeyboardEvent, useEffect, useRef, useState } from 'react';
import { useStore } from 'zustand';
import { namesOf } from '../../model/names';
import { usePlayback } from '../../run/playbackView';
import type { RunController } from '../../run/runController';
import { useDocumentStore } from '../../store/documentStore';
import { runStore } from '../../store/runStore';
import { FAULT_DURATIONS, faultChoicesFor } from './faultChoices';
import { closeFaultMenu, faultMenuStore } from './faultMenuStore';

/**
 * The fault menu (role="menu"): right-click a node or edge, or press Shift+F10 on the
 * selected one. During a run the fault fires live at the current simulated time and is
 * written into the timeline; before a run it is added to the timeline. What opens it is
 * `useFaultMenuTriggers` (faultMenuTriggers.ts), installed before this menu is first needed.
 */
export function FaultMenu({ controller }: { controller: RunController }) {
  const open = useStore(faultMenuStore, (s) => s.open);
  const state = usePlayback(controller, (s) => s.value as string);
  const nodes = useDocumentStore((s) => s.doc.nodes);
  const edges = useDocumentStore((s) => s.doc.edges);
  const [durationS, setDurationS] = useState<number>(10);
  const menuRef = useRef<HTMLDivElement>(null);

  // What had focus when the menu opened (the node, for Shift+F10) gets it back when the
  // menu closes — unless the person has moved on to something else meanwhile.
  const isOpen = open !== null;
  useEffect(() => {
    if (!isOpen) return;
    const opener = document.activeElement;
    const menu = menuRef.current;
    return () => {
      const focus = document.activeElement;
      const lost = focus === null || focus === document.body || menu?.contains(focus);
      if (lost && opener instanceof HTMLElement && opener.isConnected) opener.focus();
    };
  }, [isOpen]);

  useEffect(() => {
    if (!open) return;
    menuRef.current?.querySelector<HTMLElement>('[role^="menuitem"]')?.focus();
    const outside = (e: MouseEvent) => {
      if (!menuRef.current?.contains(e.target as Node)) closeFaultMenu();
    };
    document.addEventListener('mousedown', outside);
    return () => document.removeEventListener('mousedown', outside);
  }, [open]);

  if (!open) return null;
  const node = open.isEdge ? undefined : nodes.find((n) => n.id === open.id);
  // The target by name: a node's label, an edge's ends ("Checkout → Billing"), never its id.
  const name = namesOf({ nodes, edges })(open.id);
  const choices = faultChoicesFor(open.isEdge ? 'edge' : (node?.kind ?? 'service'));
  const live = state === 'running' || state === 'paused';
  const tS = Math.round(runStore.getState().progress.tMs / 1000);
  const plannedStartS = tS > 0 ? tS : 10;

  const onMenuKey = (e: KeyboardEvent) => {
    if (e.key === 'Escape') return closeFaultMenu();
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    e.preventDefault();
    const items = [...(menuRef.current?.querySelectorAll<HTMLElement>('[role^="menuitem"]') ?? [])];
    const i = items.indexOf(document.activeElement as HTMLElement);
    items[(i + (e.key === 'ArrowDown' ? 1 : items.length - 1)) % items.length]?.focus();
  };

  return (
    <div
      ref={menuRef}
      className="fault-menu"
      role="menu"
      aria-label={`Faults for ${name}`}
      tabIndex={-1}
      style={{ position: 'fixed', left: open.x, top: open.y, zIndex: 50 }}
      onKeyDown={onMenuKey}
    >
      <p className="fault-menu-title" role="presentation">
        {live ? `Fire now on ${name}` : `Add to the timeline at ${plannedStartS} s on ${name}`}
      </p>
      {choices.map((c) => (
        <button
          key={c.label}
          type="button"
          role="menuitem"
          onClick={() => {
            controller.fault({ kind: c.kind, target: open.id, durationS, params: c.params, plannedStartS });
            closeFaultMenu();
          }}
        >
          {c.label}
        </button>
      ))}
      <p className="fault-menu-title" role="presentation">
        Duration
      </p>
      {FAULT_DURATIONS.map((d) => (
        <button
          key={d}
          type="button"
          role="menuitemradio"
          aria-checked={d === durationS}
          onClick={() => setDurationS(d)}
        >
          {d} s
        </button>
      ))}
      <button type="button" role="menuitem" onClick={closeFaultMenu}>
        Cancel
      </button>
    </div>
  );
}
