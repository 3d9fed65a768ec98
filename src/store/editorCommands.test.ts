import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { exampleDocument, undo, useDocumentStore } from './documentStore';
import { loadEditing } from './editing';
import {
  addNodeAt,
  connectNodes,
  copySelection,
  deleteSelection,
  duplicateSelection,
  pasteClipboard,
  selectAll,
} from './editorCommands';
import { useSelectionStore } from './selectionStore';
import { useUiStore } from './uiStore';

// The checked edits are fetched after startup in the app (store/editing.ts); these tests edit.
beforeAll(async () => {
  await loadEditing();
});

const doc = () => useDocumentStore.getState().doc;
const selection = () => useSelectionStore.getState();
const status = () => useUiStore.getState().status;

beforeEach(() => {
  useDocumentStore.getState().replaceDocument(exampleDocument());
  useSelectionStore.getState().clear();
  useUiStore.getState().setClipboard(null);
  useUiStore.getState().setDefaultEdgeKind('rpc');
});

describe('editor commands', () => {
  it('selects a new node and says so', () => {
    addNodeAt('queue', { x: 0, y: 300 });
    expect(selection().nodeIds).toEqual(['queue-1']);
    expect(status()?.text).toBe('Added Queue 1.');
  });

  it('says why a connection is refused, in the status line', () => {
    connectNodes('orders', 'client');
    expect(status()).toMatchObject({
      tone: 'error',
      text: 'Nothing can call a client: clients only send requests.',
    });
  });

  it('uses the default edge kind for new connections', () => {
    addNodeAt('service', { x: 0, y: 300 });
    useUiStore.getState().setDefaultEdgeKind('async');
    connectNodes('payments', 'service-1');
    expect(doc().nodes.some((n) => n.kind === 'queue')).toBe(true);
    expect(status()?.text).toContain('through a new queue');
  });

  it('copies and pastes with new ids, rewired edges, and one undo step per paste', () => {
    useSelectionStore.getState().select(['orders', 'payments'], []);
    expect(copySelection()).toBe(true);
    const steps = useDocumentStore.temporal.getState().pastStates.length;
    pasteClipboard();
    pasteClipboard();
    expect(useDocumentStore.temporal.getState().pastStates.length).toBe(steps + 2);
    const ids = doc().nodes.map((n) => n.id);
    expect(ids).toEqual(['client', 'orders', 'payments', 'service-1', 'service-2', 'service-3', 'service-4']);
    expect(new Set(ids).size).toBe(ids.length);
    expect(doc().edges.map((e) => `${e.source}→${e.target}`)).toContain('service-1→service-2');
    expect(doc().edges.map((e) => `${e.source}→${e.target}`)).toContain('service-3→service-4');
    // Each paste lands 40 px further down and right of the copied orders node.
    const orders = doc().nodes[1].position;
    expect(doc().nodes[3].position).toEqual({ x: orders.x + 40, y: orders.y + 40 });
    expect(doc().nodes[5].position).toEqual({ x: orders.x + 80, y: orders.y + 80 });
    expect(selection().nodeIds).toEqual(['service-3', 'service-4']);
    expect(selection().edgeIds).toEqual(['service-3-service-4']);
    undo();
    expect(doc().nodes).toHaveLength(5);
  });

  it('duplicates without touching the clipboard', () => {
    useSelectionStore.getState().select(['orders'], []);
    duplicateSelection();
    expect(doc().nodes.map((n) => n.label)).toEqual(['Web client', 'orders', 'payments', 'orders 2']);
    expect(useUiStore.getState().clipboard).toBeNull();
    expect(selection().nodeIds).toEqual(['service-1']);
    undo();
    expect(doc().nodes).toHaveLength(3);
  });

  it('selects all and deletes the selection in one step', () => {
    selectAll();
    expect(selection().nodeIds).toHaveLength(3);
    expect(selection().edgeIds).toHaveLength(2);
    deleteSelection();
    expect(doc().nodes).toEqual([]);
    expect(selection().nodeIds).toEqual([]);
    undo();
    expect(doc().nodes).toHaveLength(3);
  });
});
