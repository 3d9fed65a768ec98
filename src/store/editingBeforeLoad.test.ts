import { describe, expect, it } from 'vitest';
import { useDocumentStore } from './documentStore';
import { editingKit, loadEditing } from './editing';
import { addNodeAt, connectNodes, renameItem } from './editorCommands';
import { useSelectionStore } from './selectionStore';
import { useUiStore } from './uiStore';

// This file never loads the editing tools up front: it is the first visit's first moment,
// before main.tsx has fetched them after startup (store/editing.ts).
const doc = () => useDocumentStore.getState().doc;

describe('edits made before the editing tools have loaded', () => {
  it('the first visit starts without them, and a drag still moves nodes at once', () => {
    expect(editingKit()).toBeNull();
    const r = useDocumentStore.getState().moveNodes(new Map([['orders', { x: 400.4, y: 141.6 }]]));
    expect(r.ok).toBe(true);
    expect(doc().nodes.find((n) => n.id === 'orders')?.position).toEqual({ x: 400, y: 142 });
  });

  it('a checked edit asked of the store directly is refused loudly, never applied unchecked', () => {
    expect(editingKit()).toBeNull();
    const before = doc();
    expect(() => useDocumentStore.getState().rename('orders', 'x')).toThrow(/withEditing/);
    expect(doc()).toBe(before);
  });

  it('commands wait for the tools, then apply in the order given, each checked', async () => {
    expect(editingKit()).toBeNull();
    const before = doc();
    const added = addNodeAt('service', { x: 0, y: 300 });
    const connected = connectNodes('service-1', 'payments');
    const badName = renameItem('orders', 'a\u0000b');
    // Nothing applied yet: the tools are on their way.
    expect(added).toBeInstanceOf(Promise);
    expect(doc()).toBe(before);
    expect(await added).toEqual({ ok: true, created: ['service-1'] });
    // The connection was asked after the node it uses was added, and runs after it.
    expect(await connected).toMatchObject({ ok: true });
    expect(doc().edges.some((e) => e.source === 'service-1' && e.target === 'payments')).toBe(true);
    // Refused by the same check as ever, and said.
    expect(await badName).toMatchObject({ ok: false });
    expect(doc().nodes.find((n) => n.id === 'orders')?.label).toBe('orders');
    expect(useUiStore.getState().status?.tone).toBe('error');
    // The new node was selected when it was added, as always.
    expect(useSelectionStore.getState().nodeIds).toEqual(['service-1']);
    expect(editingKit()).not.toBeNull();
    // From now on commands run at once.
    expect(addNodeAt('queue', { x: 0, y: 500 })).toMatchObject({ ok: true, created: ['queue-1'] });
    expect(await loadEditing()).toBe(editingKit());
  });
});
