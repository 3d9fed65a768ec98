import type { DocumentError, FaultlineDocument } from '../../model';
import { decodeDocumentValue } from './decodeDocument';
import { readEnvelope } from './envelope';
import {
  AUTOSAVE_KEY,
  BOOT_MARKER_KEY,
  DAMAGED_KEY_PREFIX,
  listKeys,
  readItem,
  removeItem,
  type StorageFailure,
  type StorageLike,
  writeItem,
} from './storageAccess';

/** What the app starts with, decided from storage before the first render. */
export type BootOutcome =
  /** Nothing stored: keep the built-in example, autosave on. */
  | { kind: 'first-visit' }
  /** The autosave, decoded. */
  | { kind: 'restored'; doc: FaultlineDocument; revision: number; writer: string; warnings: string[] }
  /** The stored value cannot be read; it stays where it is and, if possible, is copied aside. */
  | {
      kind: 'damaged';
      raw: string;
      message: string;
      errors: DocumentError[];
      /** The key of the copy, or null when even the copy could not be written. */
      asideKey: string | null;
      revision: number;
      writer: string;
    }
  /** The previous load never finished rendering: the autosave is left unopened. */
  | { kind: 'safe-mode'; raw: string; revision: number; writer: string }
  /** Storage cannot be read at all: work in memory. */
  | { kind: 'unavailable'; failure: StorageFailure; detail: string };

/**
 * Keeps `raw` aside under `faultline:doc:damaged:2025-01-31T10:00:00.000Z` (made unique if
 * that key is taken), or returns the key of a copy already kept: a damaged autosave seen on
 * every load is copied once, not once per load until storage is full.
 */
export function keepAside(storage: StorageLike | null, raw: string, now: number): string | null {
  for (const key of listKeys(storage, DAMAGED_KEY_PREFIX)) {
    const kept = readItem(storage, key);
    if (kept.ok && kept.value === raw) return key;
  }
  const stamp = new Date(now).toISOString();
  for (let i = 0; i < 20; i++) {
    const key = `${DAMAGED_KEY_PREFIX}${stamp}${i === 0 ? '' : `-${i}`}`;
    const existing = readItem(storage, key);
    if (!existing.ok) return null;
    if (existing.value === raw) return key;
    if (existing.value !== null) continue;
    return writeItem(storage, key, raw).ok ? key : null;
  }
  return null;
}

/**
 * Whether the last load crashed before rendering, and marks this one as booting. The
 * marker lives in sessionStorage: per tab, gone when the tab closes.
 */
export function enterBoot(session: StorageLike | null, now: number): { previousBootFailed: boolean } {
  const marker = readItem(session, BOOT_MARKER_KEY);
  const previousBootFailed = marker.ok && marker.value !== null;
  writeItem(session, BOOT_MARKER_KEY, String(now));
  return { previousBootFailed };
}

/** The first render succeeded: the next load starts normally. */
export function leaveBoot(session: StorageLike | null): void {
  removeItem(session, BOOT_MARKER_KEY);
}

/** Reads the autosave slot and decides what to open. Never throws and never writes the slot. */
export function decideBoot(
  storage: StorageLike | null,
  previousBootFailed: boolean,
  now: number,
): BootOutcome {
  const stored = readItem(storage, AUTOSAVE_KEY);
  if (!stored.ok) return { kind: 'unavailable', failure: stored.failure, detail: stored.detail };
  const raw = stored.value;
  if (raw === null) return { kind: 'first-visit' };
  const env = readEnvelope(raw);
  const revision = env.ok ? env.revision : 0;
  const writer = env.ok ? env.tabId : '';
  if (previousBootFailed) return { kind: 'safe-mode', raw, revision, writer };
  const decoded = env.ok ? decodeDocumentValue(env.doc, 'autosave') : null;
  if (decoded?.ok)
    return { kind: 'restored', doc: decoded.doc, revision, writer, warnings: decoded.warnings };
  const message = decoded ? decoded.message : env.ok ? '' : env.message;
  return {
    kind: 'damaged',
    raw,
    message,
    errors: decoded && !decoded.ok ? decoded.errors : [],
    asideKey: keepAside(storage, raw, now),
    revision,
    writer,
  };
}
