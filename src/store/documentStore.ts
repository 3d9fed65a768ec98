import { temporal } from 'zundo';
import { create } from 'zustand';
import { type FaultlineDocument, parseDocument } from '../model';
import { rpcChainRedeploy } from '../scenarios/rpcChainRedeploy';

/** The first-visit example, parsed (defaults filled in). */
export function exampleDocument(): FaultlineDocument {
  const r = parseDocument(rpcChainRedeploy);
  if (!r.ok) throw new Error('the built-in example is invalid');
  return r.doc;
}

export interface DocumentState {
  /** The diagram being edited: always a valid, complete document. */
  doc: FaultlineDocument;
  /** Replaces the whole document (New, Open, a link, restore) and clears undo history. */
  replaceDocument: (doc: FaultlineDocument) => void;
  /** Applies one undoable edit. */
  update: (recipe: (doc: FaultlineDocument) => FaultlineDocument) => void;
}

/**
 * The document store, with undo through zundo: every `update` is one undo step.
 * SKELETON: the editor work fills in the domain actions (add node, connect, make async…).
 */
export const useDocumentStore = create<DocumentState>()(
  temporal(
    (set) => ({
      doc: exampleDocument(),
      replaceDocument: (doc) => {
        set({ doc });
        useDocumentStore.temporal.getState().clear();
      },
      update: (recipe) => set((s) => ({ doc: recipe(s.doc) })),
    }),
    { partialize: (s) => ({ doc: s.doc }), limit: 200 },
  ),
);
