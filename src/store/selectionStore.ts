import { create } from 'zustand';

/**
 * What is selected on the canvas. Kept apart from the document so that selecting never
 * becomes an undo step; ids that no longer exist (after an undo) are simply ignored.
 */
export interface SelectionState {
  nodeIds: readonly string[];
  edgeIds: readonly string[];
  /** Replaces the selection. */
  select: (nodeIds: readonly string[], edgeIds: readonly string[]) => void;
  /** Adds or removes single items (React Flow reports selection as per-item changes). */
  setSelected: (changes: readonly { id: string; selected: boolean; isEdge: boolean }[]) => void;
  /** Adds one item, or takes it out when it is already selected (Shift+click). */
  toggle: (id: string, isEdge: boolean) => void;
  clear: () => void;
}

function apply(list: readonly string[], id: string, on: boolean): readonly string[] {
  const has = list.includes(id);
  if (on === has) return list;
  return on ? [...list, id] : list.filter((x) => x !== id);
}

export const useSelectionStore = create<SelectionState>()((set) => ({
  nodeIds: [],
  edgeIds: [],
  select: (nodeIds, edgeIds) => set({ nodeIds, edgeIds }),
  setSelected: (changes) =>
    set((s) => {
      let { nodeIds, edgeIds } = s;
      for (const c of changes) {
        if (c.isEdge) edgeIds = apply(edgeIds, c.id, c.selected);
        else nodeIds = apply(nodeIds, c.id, c.selected);
      }
      return nodeIds === s.nodeIds && edgeIds === s.edgeIds ? s : { nodeIds, edgeIds };
    }),
  toggle: (id, isEdge) =>
    set((s) =>
      isEdge
        ? { edgeIds: apply(s.edgeIds, id, !s.edgeIds.includes(id)) }
        : { nodeIds: apply(s.nodeIds, id, !s.nodeIds.includes(id)) },
    ),
  clear: () =>
    set((s) => (s.nodeIds.length === 0 && s.edgeIds.length === 0 ? s : { nodeIds: [], edgeIds: [] })),
}));
