/**
 * Access to the browser's Web Storage that never throws. Reading `window.localStorage`
 * itself throws a SecurityError in a sandboxed iframe or with storage blocked, and
 * `setItem` throws QuotaExceededError when storage is full: both become values here.
 */

/** The part of the Web Storage API persistence uses; tests pass an in-memory one. */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
  /** The number of keys, and the key at an index: used to find kept copies by their prefix. */
  readonly length: number;
  key(index: number): string | null;
}

/** The autosave slot. */
export const AUTOSAVE_KEY = 'faultline:doc';
/** Prefix of the keys where a damaged or set-aside autosave is kept (never deleted by us). */
export const DAMAGED_KEY_PREFIX = 'faultline:doc:damaged:';
/** Prefix of each tab's own copy of its latest version (what it wrote, or could not write). */
export const TAB_COPY_KEY_PREFIX = 'faultline:doc:tab:';
/** Prefix of the entries of the recent-diagrams history (recentDiagrams.ts). */
export const RECENT_KEY_PREFIX = 'faultline:recent:';
/** Where an older build kept the diagram a link replaced (one copy only); read once, into the recent diagrams. */
export const LEGACY_BEFORE_LINK_KEY = 'faultline:doc:before-link';
/** The stars earned in each challenge in this browser (challengeProgress.ts). */
export const CHALLENGE_PROGRESS_KEY = 'faultline:challenges:progress';
/** sessionStorage: the built-in challenge this tab is playing, so a reload goes on with it. */
export const ACTIVE_CHALLENGE_KEY = 'faultline:challenges:active';
/** sessionStorage marker: set before the first render, cleared after it succeeded. */
export const BOOT_MARKER_KEY = 'faultline:booting';

/** Why a storage operation failed. */
export type StorageFailure = 'full' | 'unavailable';

/** The outcome of a storage call. */
export type StorageResult<T> =
  | { ok: true; value: T }
  | { ok: false; failure: StorageFailure; detail: string };

/** `window.localStorage`, or null where reading it throws or it does not exist. */
export function openLocalStorage(): StorageLike | null {
  try {
    const s = globalThis.localStorage;
    return s ?? null;
  } catch {
    return null;
  }
}

/** `window.sessionStorage`, or null where it is unavailable. */
export function openSessionStorage(): StorageLike | null {
  try {
    const s = globalThis.sessionStorage;
    return s ?? null;
  } catch {
    return null;
  }
}

/** QuotaExceededError in its spellings across engines (Firefox used its own name, old WebKit code 22). */
export function isQuotaError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { name, code } = error as { name?: unknown; code?: unknown };
  return (
    name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22 || code === 1014
  );
}

function describeError(error: unknown): string {
  if (typeof error === 'object' && error !== null) {
    const { name, message } = error as { name?: unknown; message?: unknown };
    return [name, message].filter((p) => typeof p === 'string' && p).join(': ') || 'unknown error';
  }
  return String(error);
}

function failure(error: unknown): { ok: false; failure: StorageFailure; detail: string } {
  return { ok: false, failure: isQuotaError(error) ? 'full' : 'unavailable', detail: describeError(error) };
}

/** `storage.getItem(key)` as a result. */
export function readItem(storage: StorageLike | null, key: string): StorageResult<string | null> {
  if (!storage)
    return { ok: false, failure: 'unavailable', detail: 'storage is not available in this browser' };
  try {
    return { ok: true, value: storage.getItem(key) };
  } catch (e) {
    return failure(e);
  }
}

/** `storage.setItem(key, value)` as a result. */
export function writeItem(storage: StorageLike | null, key: string, value: string): StorageResult<void> {
  if (!storage)
    return { ok: false, failure: 'unavailable', detail: 'storage is not available in this browser' };
  try {
    storage.setItem(key, value);
    return { ok: true, value: undefined };
  } catch (e) {
    return failure(e);
  }
}

/** The keys that start with `prefix`, in no particular order; empty where storage cannot be listed. */
export function listKeys(storage: StorageLike | null, prefix: string): string[] {
  const keys: string[] = [];
  try {
    if (!storage) return keys;
    const n = storage.length;
    for (let i = 0; i < n; i++) {
      const key = storage.key(i);
      if (key?.startsWith(prefix)) keys.push(key);
    }
  } catch {
    // Blocked storage lists nothing: there is nothing we could read from it either.
  }
  return keys;
}

/** `storage.removeItem(key)`, ignoring failure (used for the boot marker and for copies known to be redundant). */
export function removeItem(storage: StorageLike | null, key: string): void {
  try {
    storage?.removeItem(key);
  } catch {
    // Nothing to do: a marker we cannot remove is one we could not have set either.
  }
}
