import type { FaultlineDocument, StoredDocument } from '../../model';
import { readEnvelope, sameWrite, type WriteMark, writeEnvelope } from './envelope';
import {
  AUTOSAVE_KEY,
  readItem,
  type StorageFailure,
  type StorageLike,
  TAB_COPY_KEY_PREFIX,
  writeItem,
} from './storageAccess';

/** Why autosave is not writing. Several can hold at once; each is lifted separately. */
export type PauseReason = 'booting' | 'damaged' | 'conflict' | 'storage' | 'safe-mode' | 'crashed';

/** Something the user has to hear about, found while saving. */
export type AutosaveProblem =
  | { kind: 'conflict'; theirRevision: number }
  | { kind: 'damaged'; raw: string; message: string }
  | { kind: 'storage'; failure: StorageFailure; detail: string };

/** Timer functions, injected so tests control time. */
export interface Timers {
  set(run: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

export interface AutosaverOptions {
  storage: StorageLike | null;
  /** This page load's id, written with every save. */
  tabId: string;
  /**
   * The write this tab last loaded or made: revision 0 and writer "" when the slot was
   * empty (a bare document from an older build reads the same way).
   */
  known: WriteMark;
  /** Debounce delay; ~400 ms keeps typing from writing on every key. */
  delayMs?: number;
  now: () => number;
  timers: Timers;
  /** How a document is stored (stripDefaults). */
  encode: (doc: FaultlineDocument) => StoredDocument;
  onProblem: (problem: AutosaveProblem) => void;
  onSaved?: (revision: number) => void;
  /** Reasons to start paused (e.g. 'booting' until the first render succeeded). */
  pausedFor?: PauseReason[];
}

/** The debounced, conflict-aware writer of the autosave slot. Never throws. */
export interface Autosaver {
  /** A new document to save: written after the delay, unless another comes first. */
  schedule(doc: FaultlineDocument): void;
  /** Writes the pending document now (pagehide, hidden tab). */
  flush(): void;
  pause(reason: PauseReason, options?: { dropPending?: boolean }): void;
  /**
   * Lifts one pause reason and writes whatever is pending if none is left. `known` adopts
   * a write (after loading theirs); `replaceable` is a damaged value the user agreed to
   * write over once it has been kept aside.
   */
  resume(reason: PauseReason, options?: { known?: WriteMark; replaceable?: string }): void;
  /** Another tab changed the slot (the `storage` event): any write but the one we know is a conflict. */
  noticeExternalWrite(newValue: string | null): void;
  readonly pausedFor: ReadonlySet<PauseReason>;
  /** The write this tab last loaded or made. */
  readonly known: WriteMark;
  readonly knownRevision: number;
  readonly hasPending: boolean;
  dispose(): void;
}

/** Pauses during which this tab's version is still written to its own copy (nobody else's data is at stake). */
const TAB_COPY_WHILE: ReadonlySet<PauseReason> = new Set(['conflict', 'damaged']);

/**
 * Creates the autosaver of one page load. It writes the slot only over the write it knows
 * (same revision *and* writer): anything else means another tab saved in between, which is
 * a conflict the user is asked about. Every write also goes to this tab's own copy
 * (`faultline:doc:tab:<tabId>`), and during a conflict only there, so that when two tabs
 * write at the same instant (closing the browser fires `pagehide` in both) the version that
 * lost the slot is still in storage; the next load moves it into the recent diagrams.
 */
export function createAutosaver(options: AutosaverOptions): Autosaver {
  const { storage, tabId, now, timers, encode, onProblem } = options;
  const delayMs = options.delayMs ?? 400;
  const paused = new Set<PauseReason>(options.pausedFor ?? []);
  const tabCopyKey = `${TAB_COPY_KEY_PREFIX}${tabId}`;
  let known: WriteMark = { ...options.known };
  let pending: FaultlineDocument | null = null;
  let timer: unknown = null;
  let replaceable: string | null = null;
  /** The document of this tab's last write to the slot. */
  let lastSaved: FaultlineDocument | null = null;

  function cancelTimer() {
    if (timer !== null) timers.clear(timer);
    timer = null;
  }

  function problem(reason: PauseReason, p: AutosaveProblem) {
    paused.add(reason);
    onProblem(p);
  }

  /**
   * Keeps a version the slot does not hold in this tab's own copy, marked `unsaved`;
   * failure only costs that copy. It carries the revision it would have had (known + 1),
   * so the next load can tell a lost race (same revision as the slot's) from an older
   * version. (A saved write's copy is the slot's text itself, unmarked: once the slot has
   * moved past it, another tab built on it and it is not worth keeping.)
   */
  function writeTabCopy(doc: FaultlineDocument, revision = known.revision + 1) {
    const env = { revision, savedAt: now(), tabId, doc: encode(doc), unsaved: true };
    writeItem(storage, tabCopyKey, JSON.stringify(env));
  }

  function write(doc: FaultlineDocument) {
    const current = readItem(storage, AUTOSAVE_KEY);
    if (!current.ok)
      return problem('storage', { kind: 'storage', failure: current.failure, detail: current.detail });
    let base = known.revision;
    if (current.value !== null) {
      const env = readEnvelope(current.value);
      if (!env.ok) {
        if (current.value !== replaceable) {
          writeTabCopy(doc);
          return problem('damaged', { kind: 'damaged', raw: current.value, message: env.message });
        }
      } else if (!sameWrite(env, known)) {
        writeTabCopy(doc);
        return problem('conflict', { kind: 'conflict', theirRevision: env.revision });
      } else {
        base = Math.max(base, env.revision);
      }
    }
    const revision = base + 1;
    const text = writeEnvelope({ revision, savedAt: now(), tabId, doc: encode(doc) });
    const written = writeItem(storage, AUTOSAVE_KEY, text);
    if (!written.ok)
      return problem('storage', { kind: 'storage', failure: written.failure, detail: written.detail });
    known = { revision, tabId };
    lastSaved = doc;
    replaceable = null;
    writeItem(storage, tabCopyKey, text);
    if (pending === doc) pending = null;
    options.onSaved?.(revision);
  }

  /** Paused, but only for reasons that leave this tab's own copy writable. */
  function onlyTabCopy() {
    return [...paused].every((r) => TAB_COPY_WHILE.has(r));
  }

  function flush() {
    cancelTimer();
    if (pending === null) return;
    try {
      if (paused.size === 0) write(pending);
      else if (onlyTabCopy()) writeTabCopy(pending);
    } catch (e) {
      // encode or a storage shim misbehaving must not break the editor: say so, keep the doc.
      problem('storage', { kind: 'storage', failure: 'unavailable', detail: String(e) });
    }
  }

  return {
    schedule(doc) {
      pending = doc;
      cancelTimer();
      if (paused.size === 0 || onlyTabCopy()) timer = timers.set(flush, delayMs);
    },
    flush,
    pause(reason, opts) {
      paused.add(reason);
      cancelTimer();
      if (opts?.dropPending) pending = null;
    },
    resume(reason, opts) {
      paused.delete(reason);
      if (opts?.known !== undefined) known = { ...opts.known };
      if (opts?.replaceable !== undefined) replaceable = opts.replaceable;
      flush();
    },
    noticeExternalWrite(newValue) {
      if (newValue === null) return;
      const env = readEnvelope(newValue);
      // Our own writes raise no storage event here; any other write is one we have not seen.
      if (env.ok && !sameWrite(env, known) && env.tabId !== tabId && !paused.has('conflict')) {
        cancelTimer();
        if (pending !== null) writeTabCopy(pending);
        // Their write at our revision or below went over ours (a race): ours is no longer in the slot.
        else if (lastSaved !== null && env.revision <= known.revision)
          writeTabCopy(lastSaved, known.revision);
        problem('conflict', { kind: 'conflict', theirRevision: env.revision });
      }
    },
    get pausedFor() {
      return paused;
    },
    get known() {
      return { ...known };
    },
    get knownRevision() {
      return known.revision;
    },
    get hasPending() {
      return pending !== null;
    },
    dispose() {
      cancelTimer();
    },
  };
}
