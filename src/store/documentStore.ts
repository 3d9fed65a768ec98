import { temporal } from 'zundo';
import { create } from 'zustand';
import type { EdgeKind, NodeKind } from '../model/kinds';
import type { FaultlineDocument } from '../model/schema';
import { firstVisitExample } from '../scenarios/firstVisitExample';
import { type EditingKit, editingKit } from './editing';
import { lockRefusal, setEditLock } from './editLock';
import type * as edits from './edits';
import type { EditResult } from './edits';
import { moveNodes } from './edits/move';

/**
 * The first-visit example, with every default filled in: what `parseDocument` makes of
 * rpcChainRedeploy (documentStore.test.ts and firstVisitExample.test.ts check). It is
 * stored filled in, so the first render needs no schema and the first visit no zod.
 */
export function exampleDocument(): FaultlineDocument {
  return firstVisitExample();
}

/** What every domain action answers: done (with the ids it created) or refused, with the reason. */
export type ActionResult = { ok: true; created: string[] } | { ok: false; reason: string };

export interface DocumentState {
  /** The diagram being edited: always a valid, complete document. */
  doc: FaultlineDocument;
  /** Grows each time the whole document is replaced, so views can re-frame a new diagram. */
  generation: number;
  /**
   * Replaces the whole document (New, Open, a link, restore) and clears undo history. A lock
   * (./editLock.ts) belongs to the document it was set for, so a new one lifts it.
   */
  replaceDocument: (doc: FaultlineDocument) => void;
  /** Applies one undoable edit, unless the lock refuses it (then nothing changes and the reason is answered). */
  update: (recipe: (doc: FaultlineDocument) => FaultlineDocument) => ActionResult;
  addNode: (kind: NodeKind, position: edits.Point) => ActionResult;
  /** Commits the end of a drag: all the nodes moved, in one undo step. */
  moveNodes: (positions: ReadonlyMap<string, edits.Point>) => ActionResult;
  connect: (source: string, target: string, kind: EdgeKind) => ActionResult;
  toggleEdgeKind: (edgeId: string) => ActionResult;
  makeAsync: (edgeId: string) => ActionResult;
  /** Puts a new cache on the RPC edge `edgeId` (edits/insertCache.ts). */
  insertCache: (edgeId: string, position: edits.Point) => ActionResult;
  updateNode: (id: string, patch: edits.ParamPatch) => ActionResult;
  updateEdge: (id: string, patch: edits.ParamPatch) => ActionResult;
  rename: (id: string, label: string) => ActionResult;
  removeItems: (nodeIds: Iterable<string>, edgeIds: Iterable<string>) => ActionResult;
  paste: (clip: edits.Clipboard, offset: edits.Point) => ActionResult;
  updateScenario: (patch: edits.ScenarioPatch) => ActionResult;
  setTitle: (title: string) => ActionResult;
}

/**
 * The schema-using edit functions. Only `moveNodes` works before they are fetched; the
 * other actions are reached through `withEditing` (./editing.ts) by everything that can
 * run before (editor commands, renaming on the canvas), or by parts that load after them
 * (the inspector). A call too early is a bug in the caller, said plainly.
 */
function requireEdits(): EditingKit['edits'] {
  const kit = editingKit();
  if (!kit)
    throw new Error(
      'The document store was asked for a checked edit before the editing tools loaded: call it through withEditing().',
    );
  return kit.edits;
}

/**
 * The document store, with undo through zundo. Every domain action is one undo step; a
 * refused action changes nothing and leaves no step (zundo compares `doc` by identity).
 */
export const useDocumentStore = create<DocumentState>()(
  temporal(
    (set, get) => {
      /** Runs a pure edit against the current document and keeps its result as one step. */
      const run = (edit: (doc: FaultlineDocument) => EditResult): ActionResult => {
        const previous = get().doc;
        const r = edit(previous);
        if (!r.ok) return r;
        const locked = lockRefusal(r.doc, previous);
        if (locked) return { ok: false, reason: locked };
        set({ doc: r.doc });
        return { ok: true, created: r.created };
      };
      /** Runs one of the schema-using edits (./editing.ts: callers on the first visit go through `withEditing`). */
      const check = (edit: (e: EditingKit['edits'], doc: FaultlineDocument) => EditResult): ActionResult =>
        run((doc) => edit(requireEdits(), doc));
      return {
        doc: exampleDocument(),
        generation: 0,
        replaceDocument: (doc) => {
          setEditLock(null);
          set((s) => ({ doc, generation: s.generation + 1 }));
          useDocumentStore.temporal.getState().clear();
        },
        update: (recipe) => run((doc) => ({ ok: true, doc: recipe(doc), created: [] })),
        addNode: (kind, position) => check((e, d) => e.addNode(d, kind, position)),
        moveNodes: (positions) => run((d) => moveNodes(d, positions)),
        connect: (source, target, kind) => check((e, d) => e.connect(d, source, target, kind)),
        toggleEdgeKind: (id) => check((e, d) => e.toggleEdgeKind(d, id)),
        makeAsync: (id) => check((e, d) => e.makeAsync(d, id)),
        insertCache: (id, position) => check((e, d) => e.insertCache(d, id, position)),
        updateNode: (id, patch) => check((e, d) => e.updateNode(d, id, patch)),
        updateEdge: (id, patch) => check((e, d) => e.updateEdge(d, id, patch)),
        rename: (id, label) => check((e, d) => e.rename(d, id, label)),
        removeItems: (nodeIds, edgeIds) => check((e, d) => e.removeItems(d, nodeIds, edgeIds)),
        paste: (clip, offset) => check((e, d) => e.pasteItems(d, clip, offset)),
        updateScenario: (patch) => check((e, d) => e.updateScenario(d, patch)),
        setTitle: (title) => check((e, d) => e.setTitle(d, title)),
      };
    },
    {
      partialize: (s) => ({ doc: s.doc }),
      equality: (past, current) => past.doc === current.doc,
      limit: 200,
    },
  ),
);

/**
 * Why stepping to `state` (an undo or redo step) is refused by the lock, or null. Set
 * before its lock, such a step would bring back a locked part's old value.
 */
function stepRefusal(state: { doc?: FaultlineDocument } | undefined): string | null {
  return state?.doc ? lockRefusal(state.doc, useDocumentStore.getState().doc) : null;
}

/** Steps back one edit; false when there is nothing to undo (or the lock refuses the step). */
export function undo(): boolean {
  const t = useDocumentStore.temporal.getState();
  if (t.pastStates.length === 0 || stepRefusal(t.pastStates.at(-1))) return false;
  t.undo();
  return true;
}

/** Steps forward one undone edit; false when there is nothing to redo (or the lock refuses the step). */
export function redo(): boolean {
  const t = useDocumentStore.temporal.getState();
  if (t.futureStates.length === 0 || stepRefusal(t.futureStates.at(-1))) return false;
  t.redo();
  return true;
}

/**
 * Runs `edit` so that its change joins the last undo step instead of making a new one:
 * typing "120" into a field is one step, not three. The caller makes the first change of
 * such a run normally.
 */
export function mergeIntoLastStep<T>(edit: () => T): T {
  const t = useDocumentStore.temporal.getState();
  t.pause();
  try {
    return edit();
  } finally {
    t.resume();
  }
}
