import { create } from 'zustand';
import type { DocumentError } from '../../model';
import type { StorageFailure } from './storageAccess';

/** Something persistence tells the user; each kind has its own buttons (PersistenceNotices). */
export type Notice =
  | {
      kind: 'damaged';
      message: string;
      errors: DocumentError[];
      raw: string;
      asideKey: string | null;
      /** "Keep paused" chosen: shown as a one-line status with the same choices. */
      collapsed: boolean;
      /** "Download the damaged data" succeeded: a copy exists outside the browser. */
      downloaded?: boolean;
      /** "Start fresh" was refused: no copy could be kept aside and none was downloaded. */
      refused?: boolean;
    }
  | { kind: 'not-saving'; failure: StorageFailure; detail: string }
  | { kind: 'conflict'; theirRevision: number }
  | { kind: 'safe-mode'; raw: string }
  | {
      kind: 'file-error';
      /** The file's name, or the title of a recent diagram; absent for pasted text. */
      fileName?: string;
      message: string;
      errors: DocumentError[];
    }
  | { kind: 'info'; text: string };

/** A question asked before something replaces the current diagram. */
export interface ConfirmRequest {
  title: string;
  message: string;
  confirmLabel: string;
  onConfirm: () => void;
}

export interface PersistenceState {
  /** At most one notice of each kind, oldest first. */
  notices: Notice[];
  confirm: ConfirmRequest | null;
}

/** What the persistence UI shows. Written only by session.ts and its actions. */
export const usePersistenceStore = create<PersistenceState>()(() => ({ notices: [], confirm: null }));

/** Shows `notice`, replacing one of the same kind. */
export function showNotice(notice: Notice): void {
  usePersistenceStore.setState((s) => ({
    notices: [...s.notices.filter((n) => n.kind !== notice.kind), notice],
  }));
}

/** Removes the notice of `kind`, if any. */
export function dismissNotice(kind: Notice['kind']): void {
  usePersistenceStore.setState((s) => ({ notices: s.notices.filter((n) => n.kind !== kind) }));
}

/** Asks a question in the confirm dialog. */
export function askToConfirm(request: ConfirmRequest): void {
  usePersistenceStore.setState({ confirm: request });
}

/** Closes the confirm dialog without acting. */
export function closeConfirm(): void {
  usePersistenceStore.setState({ confirm: null });
}
