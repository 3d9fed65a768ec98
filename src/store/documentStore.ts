import { temporal } from 'zundo';
import { create } from 'zustand';
import type { EdgeKind } from '../model/edges';
import type { NodeKind } from '../model/nodes';
import { documentSchema, type FaultlineDocument } from '../model/schema';
import { rpcChainRedeploy } from '../scenarios/rpcChainRedeploy';
import type { EditResult } from './edits';
import * as edits from './edits';

/**
 * The first-visit example, parsed (defaults filled in). It is a current-version built-in, so
 * the schema alone fills it in: `parseDocument` (version checks, migrations, references)
 * would give the same document (documentStore.test.ts checks) and would bring its
 * migrations and older schemas into the first visit, which has nothing else to parse.
 */
export function exampleDocument(): FaultlineDocument {
  return documentSchema.parse(rpcChainRedeploy);
}

/** What every domain action answers: done (with the ids it created) or refused, with the reason. */
export type ActionResult = { ok: true; created: string[] } | { ok: false; reason: string };

export interface DocumentState {
  /** The diagram being edited: always a valid, complete document. */
  doc: FaultlineDocument;
  /** Grows each time the whole document is replaced, so views can re-frame a new diagram. */
  generation: number;
  /** Replaces the whole document (New, Open, a link, restore) and clears undo history. */
  replaceDocument: (doc: FaultlineDocument) => void;
  /** Applies one undoable edit. */
  update: (recipe: (doc: FaultlineDocument) => FaultlineDocument) => void;
  addNode: (kind: NodeKind, position: edits.Point) => ActionResult;
  /** Commits the end of a drag: all the nodes moved, in one undo step. */
  moveNodes: (positions: ReadonlyMap<string, edits.Point>) => ActionResult;
  connect: (source: string, target: string, kind: EdgeKind) => ActionResult;
  toggleEdgeKind: (edgeId: string) => ActionResult;
  makeAsync: (edgeId: string) => ActionResult;
  updateNode: (id: string, patch: edits.ParamPatch) => ActionResult;
  updateEdge: (id: string, patch: edits.ParamPatch) => ActionResult;
  rename: (id: string, label: string) => ActionResult;
  removeItems: (nodeIds: Iterable<string>, edgeIds: Iterable<string>) => ActionResult;
  paste: (clip: edits.Clipboard, offset: edits.Point) => ActionResult;
  updateScenario: (patch: edits.ScenarioPatch) => ActionResult;
  setTitle: (title: string) => ActionResult;
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
        const r = edit(get().doc);
        if (!r.ok) return r;
        set({ doc: r.doc });
        return { ok: true, created: r.created };
      };
      return {
        doc: exampleDocument(),
        generation: 0,
        replaceDocument: (doc) => {
          set((s) => ({ doc, generation: s.generation + 1 }));
          useDocumentStore.temporal.getState().clear();
        },
        update: (recipe) => set((s) => ({ doc: recipe(s.doc) })),
        addNode: (kind, position) => run((d) => edits.addNode(d, kind, position)),
        moveNodes: (positions) => run((d) => edits.moveNodes(d, positions)),
        connect: (source, target, kind) => run((d) => edits.connect(d, source, target, kind)),
        toggleEdgeKind: (id) => run((d) => edits.toggleEdgeKind(d, id)),
        makeAsync: (id) => run((d) => edits.makeAsync(d, id)),
        updateNode: (id, patch) => run((d) => edits.updateNode(d, id, patch)),
        updateEdge: (id, patch) => run((d) => edits.updateEdge(d, id, patch)),
        rename: (id, label) => run((d) => edits.rename(d, id, label)),
        removeItems: (nodeIds, edgeIds) => run((d) => edits.removeItems(d, nodeIds, edgeIds)),
        paste: (clip, offset) => run((d) => edits.pasteItems(d, clip, offset)),
        updateScenario: (patch) => run((d) => edits.updateScenario(d, patch)),
        setTitle: (title) => run((d) => edits.setTitle(d, title)),
      };
    },
    {
      partialize: (s) => ({ doc: s.doc }),
      equality: (past, current) => past.doc === current.doc,
      limit: 200,
    },
  ),
);

/** Steps back one edit; false when there is nothing to undo. */
export function undo(): boolean {
  const t = useDocumentStore.temporal.getState();
  if (t.pastStates.length === 0) return false;
  t.undo();
  return true;
}

/** Steps forward one undone edit; false when there is nothing to redo. */
export function redo(): boolean {
  const t = useDocumentStore.temporal.getState();
  if (t.futureStates.length === 0) return false;
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
