import { create } from 'zustand';
import type { NodeKind } from '../model/kinds';
import type { FaultlineDocument } from '../model/schema';

/**
 * A lock on parts of the document: while one is set, every change to the document (an
 * edit, a paste, a fault fired, undo and redo) is first shown to `refuse`, and a change it
 * refuses is not made. Challenge mode sets one so the locked parts of a challenge cannot be
 * changed any way in; the palette and the inspector read the rest to show what is locked.
 * Hiding buttons is only a courtesy: the refusal here is what holds.
 */
export interface EditLock {
  /** Who set the lock, in words ("the challenge “Survive a redeploy”"), for messages. */
  owner: string;
  /**
   * Why `next` may not replace `previous`, in words for the person editing, or null when
   * the change touches nothing locked.
   */
  refuse: (next: FaultlineDocument, previous: FaultlineDocument) => string | null;
  /** The node kinds that may be added (the palette offers only these); undefined: all. */
  addableKinds?: readonly NodeKind[];
  /** Why a node's or edge's parameter is locked, or null when it may be edited. */
  lockedField?: (itemId: string, field: string) => string | null;
  /** Why the traffic and the fault timeline are read-only, or null when they are not. */
  lockedScenario?: string | null;
}

interface EditLockState {
  lock: EditLock | null;
}

/** The current lock (null: everything may be edited). Not part of the document, never an undo step. */
export const useEditLockStore = create<EditLockState>()(() => ({ lock: null }));

/** Sets (or with null lifts) the lock on the document. */
export function setEditLock(lock: EditLock | null): void {
  useEditLockStore.setState({ lock });
}

/** The current lock, or null. */
export function editLock(): EditLock | null {
  return useEditLockStore.getState().lock;
}

/** Why the change from `previous` to `next` is refused by the lock, or null when it may be made. */
export function lockRefusal(next: FaultlineDocument, previous: FaultlineDocument): string | null {
  if (next === previous) return null;
  return editLock()?.refuse(next, previous) ?? null;
}
