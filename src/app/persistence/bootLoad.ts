import type { DocumentError, FaultlineDocument } from '../../model';
import { decodeDocumentValue } from './decodeDocument';
import { readEnvelope, sameWrite, type WriteMark } from './envelope';
import { keepInRecent } from './recentDiagrams';
import {
  AUTOSAVE_KEY,
  BOOT_MARKER_KEY,
  DAMAGED_KEY_PREFIX,
  LEGACY_BEFORE_LINK_KEY,
  listKeys,
  readItem,
  removeItem,
  type StorageFailure,
  type StorageLike,
  TAB_COPY_KEY_PREFIX,
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

/** What `collectTabCopies` found. */
export interface TabCopyHarvest {
  /** Versions moved into the recent diagrams. */
  kept: number;
  /** Of those, versions written at the same revision or later than the slot's: a lost race. */
  simultaneous: number;
}

/**
 * Tidies the tabs' own copies (autosaver.ts) at boot: a copy of the write the slot holds is
 * redundant and removed; any other is a version the slot does not hold (a tab that lost a
 * simultaneous write, or one closed during a conflict) and moves into the recent diagrams.
 * A copy that cannot be kept there stays where it is. Never throws.
 */
export function collectTabCopies(
  storage: StorageLike | null,
  slot: WriteMark | null,
  now: number,
): TabCopyHarvest {
  const harvest: TabCopyHarvest = { kept: 0, simultaneous: 0 };
  for (const key of listKeys(storage, TAB_COPY_KEY_PREFIX)) {
    const stored = readItem(storage, key);
    if (!stored.ok || stored.value === null) continue;
    const env = readEnvelope(stored.value);
    if (!env.ok) {
      removeItem(storage, key);
      continue;
    }
    if (slot && sameWrite(env, slot)) {
      removeItem(storage, key);
      continue;
    }
    const simultaneous = slot !== null && env.revision >= slot.revision;
    const reason = simultaneous ? 'other-tab' : 'unsaved-tab';
    if (keepInRecent(storage, env.doc, reason, env.savedAt || now) === null) continue;
    removeItem(storage, key);
    harvest.kept += 1;
    if (simultaneous) harvest.simultaneous += 1;
  }
  return harvest;
}

/**
 * An older build kept the diagram a link replaced in one fixed key, which the next link
 * overwrote and nothing in the interface could reach: it moves into the recent diagrams.
 */
export function adoptBeforeLinkCopy(storage: StorageLike | null, now: number): void {
  const stored = readItem(storage, LEGACY_BEFORE_LINK_KEY);
  if (!stored.ok || stored.value === null) return;
  const env = readEnvelope(stored.value);
  if (!env.ok) return;
  if (keepInRecent(storage, env.doc, 'link', env.savedAt || now) !== null)
    removeItem(storage, LEGACY_BEFORE_LINK_KEY);
}
