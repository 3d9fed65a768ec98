import { useUiStore } from './uiStore';

/**
 * The edits that need the schema (filling in defaults, validating parameters) load after
 * the first diagram is drawn, not with it: they bring zod, and the first visit's JavaScript
 * has a budget (docs/performance.md). main.tsx fetches them once startup is over; an edit
 * made before they are here waits for them (`withEditing`), so none is lost or applied
 * unchecked. Moving nodes needs no schema and never waits (edits/move.ts).
 */

/** What ./editingKit.ts exports. */
export type EditingKit = typeof import('./editingKit');

let kit: EditingKit | null = null;
let loading: Promise<EditingKit> | null = null;

/** Fetches the editing kit (once; a failed fetch is tried again on the next call). */
export function loadEditing(): Promise<EditingKit> {
  loading ??= import('./editingKit').then(
    (m) => {
      kit = m;
      return m;
    },
    (e: unknown) => {
      loading = null;
      throw e;
    },
  );
  return loading;
}

/** The editing kit if it has been fetched, else null. */
export function editingKit(): EditingKit | null {
  return kit;
}

/**
 * Runs `use` with the editing kit: at once when it is here (and returns what `use` returns),
 * else once it has been fetched, after the edits that were waiting before it, in the order
 * they were asked for. If it cannot be fetched, `use` never runs, the status line says so
 * and the document stays as it was.
 */
export function withEditing<T>(use: (kit: EditingKit) => T): T | Promise<T | undefined> {
  if (kit) return use(kit);
  return loadEditing().then(use, (e: unknown) => {
    useUiStore
      .getState()
      .say(
        `Faultline could not load its editing tools (${String(e)}); nothing was changed. Reload to try again.`,
        'error',
      );
    return undefined;
  });
}
