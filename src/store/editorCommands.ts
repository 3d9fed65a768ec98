import type { EdgeKind, NodeKind } from '../model/kinds';
import { type ActionResult, redo, undo, useDocumentStore } from './documentStore';
import { withEditing } from './editing';
import { copyItems } from './edits/clipboard';
import type { Point } from './edits/position';
import { useSelectionStore } from './selectionStore';
import { useUiStore } from './uiStore';

/**
 * The editor's commands: a document action plus what the person sees around it (the new
 * items selected, a status line saying what happened or why not). Keyboard shortcuts,
 * toolbar, palette and inspector all call these, so each behaves the same from everywhere.
 *
 * The document's checked edits are fetched after startup (./editing.ts): a command given
 * before they are here runs once they are, in order, and answers with a promise then.
 */

/** A command's answer: at once, or (before the editing tools are here) once it has run. */
export type CommandResult = ActionResult | Promise<ActionResult | undefined>;

/** Step between successive pastes, so copies do not hide under each other. */
const PASTE_STEP = 40;

function report(r: ActionResult, done?: string): ActionResult {
  if (!r.ok) useUiStore.getState().say(r.reason, 'error');
  else if (done) useUiStore.getState().say(done);
  return r;
}

function selectCreated(r: ActionResult): void {
  if (!r.ok) return;
  const { doc } = useDocumentStore.getState();
  const nodes = new Set(doc.nodes.map((n) => n.id));
  const createdNodes = r.created.filter((id) => nodes.has(id));
  useSelectionStore.getState().select(
    createdNodes,
    r.created.filter((id) => !nodes.has(id)),
  );
  if (createdNodes.length > 0) useUiStore.getState().revealNodes(createdNodes);
}

const nameOf = (id: string) => {
  const n = useDocumentStore.getState().doc.nodes.find((x) => x.id === id);
  return n ? n.label || n.id : id;
};

/** Adds a node and selects it. */
export function addNodeAt(kind: NodeKind, position: Point): CommandResult {
  return withEditing(() => {
    const r = report(useDocumentStore.getState().addNode(kind, position));
    selectCreated(r);
    if (r.ok) useUiStore.getState().say(`Added ${nameOf(r.created[0])}.`);
    return r;
  });
}

/** Puts a new cache on an RPC edge (A → cache → B) and selects it (not the two edges). */
export function insertCacheAt(edgeId: string, position: Point): CommandResult {
  return withEditing(() => {
    const r = report(useDocumentStore.getState().insertCache(edgeId, position));
    // The cache alone is selected: the inspector shows its parameters at once.
    selectCreated(r.ok ? { ok: true, created: r.created.slice(0, 1) } : r);
    if (r.ok) {
      const backend = useDocumentStore.getState().doc.edges.find((e) => e.id === r.created[2])?.target ?? '';
      useUiStore.getState().say(`Added ${nameOf(r.created[0])} in front of ${nameOf(backend)}.`);
    }
    return r;
  });
}

/** Connects two nodes with the current default edge kind; a refusal is said in the status line. */
export function connectNodes(source: string, target: string): CommandResult {
  const kind = useUiStore.getState().defaultEdgeKind;
  return withEditing(() => connectAs(source, target, kind));
}

function connectAs(source: string, target: string, kind: EdgeKind): ActionResult {
  const r = report(useDocumentStore.getState().connect(source, target, kind));
  if (r.ok) {
    const queued = r.created.length > 1;
    useUiStore
      .getState()
      .say(
        queued
          ? `Connected ${nameOf(source)} to ${nameOf(target)} through a new queue.`
          : `Connected ${nameOf(source)} to ${nameOf(target)} (${kind === 'rpc' ? 'RPC' : 'async'}).`,
      );
  }
  return r;
}

/** "Make it async": edge → queue between its ends; the new queue is selected. */
export function makeEdgeAsync(edgeId: string): CommandResult {
  return withEditing(() => {
    const r = report(
      useDocumentStore.getState().makeAsync(edgeId),
      'Made it async: a queue now sits between them.',
    );
    selectCreated(r);
    return r;
  });
}

/** Flips an edge between RPC and async (inserting or removing the queue). */
export function toggleEdge(edgeId: string): CommandResult {
  return withEditing(() => toggleNow(edgeId));
}

function toggleNow(edgeId: string): ActionResult {
  const wasRpc = useDocumentStore.getState().doc.edges.find((e) => e.id === edgeId)?.kind === 'rpc';
  const r = report(
    useDocumentStore.getState().toggleEdgeKind(edgeId),
    wasRpc
      ? 'Made it async: a queue now sits between them.'
      : 'Made it a direct RPC call; the queue is gone.',
  );
  selectCreated(r);
  return r;
}

/** Renames a node or an edge; a refusal is said in the status line. */
export function renameItem(id: string, label: string): CommandResult {
  return withEditing(() => report(useDocumentStore.getState().rename(id, label)));
}

/** Deletes the selected nodes and edges (and everything attached to them). */
export function deleteSelection(): CommandResult {
  // The selection when asked, even if the edit has to wait for the editing tools.
  const { nodeIds, edgeIds } = useSelectionStore.getState();
  return withEditing(() => deleteNow(nodeIds, edgeIds));
}

function deleteNow(nodeIds: readonly string[], edgeIds: readonly string[]): ActionResult {
  const r = report(useDocumentStore.getState().removeItems(nodeIds, edgeIds));
  if (r.ok) {
    useSelectionStore.getState().clear();
    const count = nodeIds.length + edgeIds.length;
    useUiStore.getState().say(`Deleted ${count} item${count === 1 ? '' : 's'}.`);
  }
  return r;
}

/** Copies the selected nodes (and the edges among them) to the in-app clipboard. */
export function copySelection(): boolean {
  const clip = copyItems(useDocumentStore.getState().doc, useSelectionStore.getState().nodeIds);
  if (!clip) {
    useUiStore.getState().say('Select nodes to copy.', 'error');
    return false;
  }
  useUiStore.getState().setClipboard(clip);
  useUiStore.getState().say(`Copied ${clip.nodes.length} node${clip.nodes.length === 1 ? '' : 's'}.`);
  return true;
}

/** Pastes the clipboard with new ids, a step away from the last paste, and selects the copies. */
export function pasteClipboard(): CommandResult {
  const ui = useUiStore.getState();
  const clip = ui.clipboard;
  if (!clip) return report({ ok: false, reason: 'Nothing has been copied yet.' });
  const step = ui.countPaste() * PASTE_STEP;
  return withEditing(() => {
    const r = report(useDocumentStore.getState().paste(clip, { x: step, y: step }), 'Pasted.');
    selectCreated(r);
    return r;
  });
}

/** Copies and pastes the selection in one go, leaving the clipboard as it was. */
export function duplicateSelection(): CommandResult {
  const clip = copyItems(useDocumentStore.getState().doc, useSelectionStore.getState().nodeIds);
  if (!clip) return report({ ok: false, reason: 'Select nodes to duplicate.' });
  return withEditing(() => {
    const r = report(
      useDocumentStore.getState().paste(clip, { x: PASTE_STEP, y: PASTE_STEP }),
      'Duplicated.',
    );
    selectCreated(r);
    return r;
  });
}

/** Selects every node and edge. */
export function selectAll(): void {
  const { doc } = useDocumentStore.getState();
  useSelectionStore.getState().select(
    doc.nodes.map((n) => n.id),
    doc.edges.map((e) => e.id),
  );
}

/** Undo, saying so when there is nothing left to undo. */
export function undoEdit(): boolean {
  const done = undo();
  if (!done) useUiStore.getState().say('Nothing to undo.');
  return done;
}

/** Redo, saying so when there is nothing to redo. */
export function redoEdit(): boolean {
  const done = redo();
  if (!done) useUiStore.getState().say('Nothing to redo.');
  return done;
}
