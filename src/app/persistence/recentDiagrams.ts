import {
  listKeys,
  RECENT_KEY_PREFIX,
  readItem,
  removeItem,
  type StorageLike,
  writeItem,
} from './storageAccess';

/**
 * The recent diagrams: every diagram that something replaced (a link, a file, New, the
 * gallery, another tab's version) is kept here, newest first, so that "your current
 * diagram stays saved" holds however many links are opened. Each entry is its own
 * storage key (`faultline:recent:<time>-<n>`), so two tabs adding at once never write over
 * each other's entry; the history is bounded by count, and by the storage quota (the
 * oldest entries make room for a new one).
 */

/** Why a diagram was kept. */
export type RecentReason =
  | 'link'
  | 'file'
  | 'new'
  | 'gallery'
  | 'paste'
  | 'recent'
  | 'other-tab'
  | 'unsaved-tab'
  | 'mine';

/** How a reason reads in the list: "replaced by a link". */
export const RECENT_REASON_TEXT: Record<RecentReason, string> = {
  link: 'replaced by a shared link',
  file: 'replaced by an opened file',
  new: 'replaced by a new diagram',
  gallery: 'replaced by a scenario',
  paste: 'replaced by a pasted diagram',
  recent: 'replaced by a recent diagram',
  'other-tab': 'saved by another tab at the same moment',
  'unsaved-tab': 'a tab’s last version, which autosave could not write',
  mine: 'this tab’s version, kept when another tab’s was loaded',
};

/** At most this many diagrams are kept; the oldest goes first. */
export const MAX_RECENT = 12;

/** One kept diagram, as listed (its document is read only when opened). */
export interface RecentEntry {
  key: string;
  title: string;
  /** Milliseconds since the epoch. */
  savedAt: number;
  reason: RecentReason;
}

interface StoredEntry {
  title: string;
  savedAt: number;
  reason: RecentReason;
  /** The document as stored (defaults stripped); it goes through the decoder when opened. */
  doc: unknown;
}

function parseEntry(raw: string | null): StoredEntry | null {
  if (raw === null) return null;
  try {
    const v = JSON.parse(raw) as Partial<StoredEntry> | null;
    if (typeof v !== 'object' || v === null || !Object.hasOwn(v, 'doc')) return null;
    const reason =
      typeof v.reason === 'string' && Object.hasOwn(RECENT_REASON_TEXT, v.reason) ? v.reason : 'link';
    return {
      title: typeof v.title === 'string' ? v.title.slice(0, 200) : '',
      savedAt: typeof v.savedAt === 'number' && Number.isFinite(v.savedAt) ? v.savedAt : 0,
      reason,
      doc: v.doc,
    };
  } catch {
    return null;
  }
}

function readEntry(storage: StorageLike | null, key: string): StoredEntry | null {
  const r = readItem(storage, key);
  return r.ok ? parseEntry(r.value) : null;
}

/** The title of a stored document, read without decoding it. */
export function titleOf(doc: unknown): string {
  const t = typeof doc === 'object' && doc !== null ? (doc as { title?: unknown }).title : undefined;
  return typeof t === 'string' && t.trim() !== '' ? t.slice(0, 200) : 'Untitled diagram';
}

/** The kept diagrams, newest first. Unreadable entries are left out (and left alone). */
export function listRecent(storage: StorageLike | null): RecentEntry[] {
  const entries: RecentEntry[] = [];
  for (const key of listKeys(storage, RECENT_KEY_PREFIX)) {
    const e = readEntry(storage, key);
    if (e) entries.push({ key, title: e.title, savedAt: e.savedAt, reason: e.reason });
  }
  return entries.sort((a, b) => b.savedAt - a.savedAt || (a.key < b.key ? 1 : a.key > b.key ? -1 : 0));
}

/** The stored document of a kept diagram (to be decoded), or undefined when it is gone or unreadable. */
export function readRecentDocument(storage: StorageLike | null, key: string): unknown {
  if (!key.startsWith(RECENT_KEY_PREFIX)) return undefined;
  return readEntry(storage, key)?.doc;
}

/** Forgets one kept diagram. */
export function removeRecent(storage: StorageLike | null, key: string): void {
  if (key.startsWith(RECENT_KEY_PREFIX)) removeItem(storage, key);
}

/**
 * Keeps `doc` (a stored document, defaults stripped) at the top of the history. The same
 * document kept again moves to the top instead of appearing twice; past MAX_RECENT, and
 * when storage is full, the oldest entries are dropped to make room. Returns the entry's
 * key, or null when it could not be kept even then (storage unavailable, or the document
 * alone does not fit).
 */
export function keepInRecent(
  storage: StorageLike | null,
  doc: unknown,
  reason: RecentReason,
  now: number,
): string | null {
  let docText: string;
  try {
    docText = JSON.stringify(doc);
  } catch {
    return null;
  }
  const existing = listRecent(storage);
  for (const e of existing) {
    const stored = readEntry(storage, e.key);
    if (stored && JSON.stringify(stored.doc) === docText) removeItem(storage, e.key);
  }
  const value = JSON.stringify({ title: titleOf(doc), savedAt: now, reason, doc });
  const taken = (k: string) => {
    const r = readItem(storage, k);
    return r.ok && r.value !== null;
  };
  let key = `${RECENT_KEY_PREFIX}${now}`;
  for (let n = 1; taken(key); n++) key = `${RECENT_KEY_PREFIX}${now}-${n}`;
  const older = listRecent(storage);
  // Room by count first, then by quota: the oldest make way.
  while (older.length >= MAX_RECENT) {
    const oldest = older.pop();
    if (oldest) removeItem(storage, oldest.key);
  }
  for (;;) {
    const written = writeItem(storage, key, value);
    if (written.ok) return key;
    const oldest = written.failure === 'full' ? older.pop() : undefined;
    if (!oldest) return null;
    removeItem(storage, oldest.key);
  }
}
