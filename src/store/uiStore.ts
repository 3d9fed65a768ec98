import { create } from 'zustand';
import type { EdgeKind } from '../model';
import type { Clipboard } from './edits';

/** The theme choice: follow the system, or a fixed one. */
export type ThemeChoice = 'system' | 'light' | 'dark';
export const THEME_STORAGE_KEY = 'faultline:theme';

/** A one-line message for the status area (role="status"): why a connection was refused, what was done. */
export interface StatusMessage {
  text: string;
  tone: 'info' | 'error';
  /** Grows with every message, so the same text said twice is announced twice. */
  seq: number;
}

export interface UiState {
  theme: ThemeChoice;
  /** The kind a newly drawn edge gets. */
  defaultEdgeKind: EdgeKind;
  status: StatusMessage | null;
  /** What Copy took, kept inside the app. */
  clipboard: Clipboard | null;
  /** Pastes of the same clipboard so far: each lands a step further away. */
  pasteCount: number;
  shortcutsOpen: boolean;
  /** The node whose name is being edited on the canvas, if any. */
  renamingId: string | null;
  /** Nodes just created or moved by an edit, for the canvas to bring into view. */
  reveal: { ids: readonly string[]; seq: number } | null;
  setTheme: (theme: ThemeChoice) => void;
  setDefaultEdgeKind: (kind: EdgeKind) => void;
  say: (text: string, tone?: StatusMessage['tone']) => void;
  clearStatus: () => void;
  setClipboard: (clip: Clipboard | null) => void;
  countPaste: () => number;
  setShortcutsOpen: (open: boolean) => void;
  setRenaming: (id: string | null) => void;
  revealNodes: (ids: readonly string[]) => void;
}

/** The remembered theme; storage may be missing (tests, sandboxed frames) or hold junk. */
function readTheme(): ThemeChoice {
  try {
    const v = globalThis.localStorage?.getItem(THEME_STORAGE_KEY);
    return v === 'light' || v === 'dark' ? v : 'system';
  } catch {
    return 'system';
  }
}

function writeTheme(theme: ThemeChoice): void {
  try {
    if (theme === 'system') globalThis.localStorage?.removeItem(THEME_STORAGE_KEY);
    else globalThis.localStorage?.setItem(THEME_STORAGE_KEY, theme);
  } catch {
    // Storage unavailable: the choice lasts for this visit only.
  }
}

/** Editor state that is not part of the document and never an undo step. */
export const useUiStore = create<UiState>()((set, get) => ({
  theme: readTheme(),
  defaultEdgeKind: 'rpc',
  status: null,
  clipboard: null,
  pasteCount: 0,
  shortcutsOpen: false,
  renamingId: null,
  reveal: null,
  setTheme: (theme) => {
    writeTheme(theme);
    set({ theme });
  },
  setDefaultEdgeKind: (defaultEdgeKind) => set({ defaultEdgeKind }),
  say: (text, tone = 'info') => set((s) => ({ status: { text, tone, seq: (s.status?.seq ?? 0) + 1 } })),
  clearStatus: () => set({ status: null }),
  setClipboard: (clipboard) => set({ clipboard, pasteCount: 0 }),
  countPaste: () => {
    const n = get().pasteCount + 1;
    set({ pasteCount: n });
    return n;
  },
  setShortcutsOpen: (shortcutsOpen) => set({ shortcutsOpen }),
  setRenaming: (renamingId) => set({ renamingId }),
  revealNodes: (ids) => set((s) => ({ reveal: { ids, seq: (s.reveal?.seq ?? 0) + 1 } })),
}));
