import type { FaultlineDocument, StoredDocument } from '../../model';
import { readEnvelope, writeEnvelope } from './envelope';
import { AUTOSAVE_KEY, readItem, type StorageFailure, type StorageLike, writeItem } from './storageAccess';

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
  /** The revision this tab last loaded or wrote (0 when the slot was empty). */
  knownRevision: number;
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
   * Lifts one pause reason and writes whatever is pending if none is left. `knownRevision`
   * adopts a revision (after loading theirs); `replaceable` is a damaged value the user
   * agreed to write over once it has been kept aside.
   */
  resume(reason: PauseReason, options?: { knownRevision?: number; replaceable?: string }): void;
  /** Another tab changed the slot (the `storage` event): a newer revision means a conflict. */
  noticeExternalWrite(newValue: string | null): void;
  readonly pausedFor: ReadonlySet<PauseReason>;
  readonly knownRevision: number;
  readonly hasPending: boolean;
  dispose(): void;
}

export function createAutosaver(options: AutosaverOptions): Autosaver {
  const { storage, tabId, now, timers, encode, onProblem } = options;
  const delayMs = options.delayMs ?? 400;
  const paused = new Set<PauseReason>(options.pausedFor ?? []);
  let known = options.knownRevision;
  let pending: FaultlineDocument | null = null;
  let timer: unknown = null;
  let replaceable: string | null = null;

  function cancelTimer() {
    if (timer !== null) timers.clear(timer);
    timer = null;
  }

  function problem(reason: PauseReason, p: AutosaveProblem) {
    paused.add(reason);
    onProblem(p);
  }

  function write(doc: FaultlineDocument) {
    const current = readItem(storage, AUTOSAVE_KEY);
    if (!current.ok)
      return problem('storage', { kind: 'storage', failure: current.failure, detail: current.detail });
    let base = known;
    if (current.value !== null) {
      const env = readEnvelope(current.value);
      if (!env.ok) {
        if (current.value !== replaceable) {
          return problem('damaged', { kind: 'damaged', raw: current.value, message: env.message });
        }
      } else if (env.revision > known && env.tabId !== tabId) {
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
    known = revision;
    replaceable = null;
    if (pending === doc) pending = null;
    options.onSaved?.(revision);
  }

  function flush() {
    cancelTimer();
    if (pending === null || paused.size > 0) return;
    try {
      write(pending);
    } catch (e) {
      // encode or a storage shim misbehaving must not break the editor: say so, keep the doc.
      problem('storage', { kind: 'storage', failure: 'unavailable', detail: String(e) });
    }
  }

  return {
    schedule(doc) {
      pending = doc;
      cancelTimer();
      if (paused.size === 0) timer = timers.set(flush, delayMs);
    },
    flush,
    pause(reason, opts) {
      paused.add(reason);
      cancelTimer();
      if (opts?.dropPending) pending = null;
    },
    resume(reason, opts) {
      paused.delete(reason);
      if (opts?.knownRevision !== undefined) known = opts.knownRevision;
      if (opts?.replaceable !== undefined) replaceable = opts.replaceable;
      flush();
    },
    noticeExternalWrite(newValue) {
      if (newValue === null) return;
      const env = readEnvelope(newValue);
      if (env.ok && env.revision > known && env.tabId !== tabId && !paused.has('conflict')) {
        cancelTimer();
        problem('conflict', { kind: 'conflict', theirRevision: env.revision });
      }
    },
    get pausedFor() {
      return paused;
    },
    get knownRevision() {
      return known;
    },
    get hasPending() {
      return pending !== null;
    },
    dispose() {
      cancelTimer();
    },
  };
}
