import { readEnvelope, sameWrite, type WriteMark } from './envelope';
import { showNotice } from './persistenceStore';
import { keepInRecent } from './recentDiagrams';
import {
  LEGACY_BEFORE_LINK_KEY,
  listKeys,
  readItem,
  removeItem,
  type StorageLike,
  TAB_COPY_KEY_PREFIX,
} from './storageAccess';

/**
 * Tidying the copies kept in storage, once the editor has rendered (session.ts fetches this
 * module then, so the first visit does not carry it): the tabs' own copies are collected
 * into the recent diagrams, and an older build's single "before link" copy joins them.
 */

/** What `collectTabCopies` found. */
export interface TabCopyHarvest {
  /** Versions moved into the recent diagrams. */
  kept: number;
  /** Of those, versions written at the same revision or later than the slot's: a lost race. */
  simultaneous: number;
}

/**
 * Tidies the tabs' own copies (autosaver.ts) at boot. A copy of the write the slot holds is
 * redundant, and so is a saved write the slot has since moved past (every write to the slot
 * is made over the write it knew, so a later one built on it): both are removed. Any other
 * is a version the slot does not hold (a tab that lost a simultaneous write, or one closed
 * during a conflict) and moves into the recent diagrams; one that cannot be kept there
 * stays where it is. Never throws.
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
    const unsaved = (JSON.parse(stored.value) as { unsaved?: unknown }).unsaved === true;
    if (slot && (sameWrite(env, slot) || (!unsaved && env.revision < slot.revision))) {
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

/**
 * Runs both tidyings for a page load that found `slot` in the autosave slot (null when it
 * was empty or unreadable), and says so when a version another tab saved at the same
 * moment was found. Never throws.
 */
export function tidyKeptCopies(storage: StorageLike | null, slot: WriteMark | null, now: number): void {
  try {
    adoptBeforeLinkCopy(storage, now);
    const harvest = collectTabCopies(storage, slot, now);
    if (harvest.simultaneous > 0)
      showNotice({
        kind: 'info',
        text: 'Another tab saved a different version of this diagram at the same moment. Both are kept: that one is in File → Recent.',
      });
  } catch {
    // Tidying is never worth an error: the copies stay where they are until the next load.
  }
}
