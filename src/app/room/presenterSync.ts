import type { FaultlineDocument } from '../../model';
import { encodeShareLink } from '../../model/shareLink';
import {
  clockSimMs,
  type PresenterState,
  ROOM_LIMITS,
  type RoomClock,
  type RoomQuestion,
} from '../../room/protocol';
import type { RunController } from '../../run/runController';
import { useDocumentStore } from '../../store/documentStore';
import { runStore } from '../../store/runStore';
import { useLessonStore } from '../lesson/lessonStore';
import type { RoomConnection } from './roomConnection';

/** Wall ms an edit waits before the diagram is sent (a drag is many edits). */
const DOCUMENT_DEBOUNCE_MS = 300;
/** Wall-time drift (ms) of the presenter's own run from the clock last written that rewrites it (a scrub while playing). */
const REWRITE_DRIFT_MS = 120;
/** Running to the end moves the clock in jumps: written at most this often (wall ms). */
const TO_END_INTERVAL_MS = 250;

/** The clock of the presenter's run now, stamped with the server's time. */
export function presenterClock(
  state: 'idle' | 'running' | 'paused' | 'finished',
  progress: { tMs: number; speed: number | 'end' },
  chosenSpeed: number,
  serverNowMs: number,
): RoomClock {
  const playing = state === 'running' && progress.speed !== 'end';
  return {
    simMs: state === 'idle' ? 0 : progress.tMs,
    playing,
    speed: chosenSpeed,
    wallMs: Math.max(0, serverNowMs),
  };
}

/** The share-link payload of `doc` (what follows `#d=`): how the room carries the diagram. */
export function roomDocumentText(doc: FaultlineDocument): string {
  return encodeShareLink(doc).slice('#d='.length);
}

/** What the presenter asks besides the lesson's questions. */
export interface PresenterRoom {
  /** Asks an ad-hoc question (it replaces the lesson step's until closed). */
  ask(text: string, choices: string[]): void;
  /** Ends the ad-hoc question: it is shown revealed, no more votes. */
  closeQuestion(): void;
  /** Writes any other key (the handout, the visible area). */
  set<K extends keyof PresenterState>(key: K, value: PresenterState[K]): void;
  dispose(): void;
}

/**
 * Mirrors the presenter's editor into the room: the diagram (debounced), its seed, the run
 * clock on every play, pause, speed, scrub and step (never per frame: followers
 * extrapolate), the lesson step and caption, and the step's question — open from when the
 * step is reached until the presenter plays on, which reveals it. Each key is written only
 * when its value changes, so a lesson costs a few hundred bytes a minute.
 */
export function presentRoom(connection: RoomConnection, controller: RunController): PresenterRoom {
  const map = connection.presenter;
  const written = new Map<string, string>();
  let disposed = false;

  // Nothing is written before the room's state has arrived: a write made before the sync
  // would be concurrent with the state it replaces, and Yjs may keep either (a reloaded
  // presenter's tab starts empty). Once synced, everything is written afresh.
  let synced = connection.synced();
  function set<K extends keyof PresenterState>(key: K, value: PresenterState[K]): void {
    if (disposed || !synced) return;
    const json = JSON.stringify(value);
    if (written.get(key) === json) return;
    written.set(key, json);
    map.set(key, value);
  }

  // The diagram and its seed.
  let documentTimer: ReturnType<typeof setTimeout> | null = null;
  const writeDocument = () => {
    documentTimer = null;
    const { doc } = useDocumentStore.getState();
    const text = roomDocumentText(doc);
    // The room refuses a larger diagram (and would close this connection): followers keep
    // the last one that fitted.
    if (text.length > ROOM_LIMITS.documentChars) return;
    connection.doc.transact(() => {
      set('document', text);
      set('seed', doc.scenario.seed);
    });
  };
  writeDocument();
  let lastDoc = useDocumentStore.getState().doc;
  const unsubscribeDoc = useDocumentStore.subscribe((s) => {
    if (s.doc === lastDoc) return;
    lastDoc = s.doc;
    if (documentTimer === null) documentTimer = setTimeout(writeDocument, DOCUMENT_DEBOUNCE_MS);
  });

  // The clock.
  let clock: RoomClock | null = null;
  let clockWrittenAt = 0;
  const writeClock = (force: boolean) => {
    const view = controller.playback();
    const { progress } = runStore.getState();
    const now = connection.serverNow();
    const next = presenterClock(view.value, progress, view.context.speed, now);
    const toEnd = view.value === 'running' && progress.speed === 'end';
    if (!force && clock && clock.playing === next.playing && clock.speed === next.speed) {
      if (toEnd && Date.now() - clockWrittenAt < TO_END_INTERVAL_MS) return;
      const expected = clockSimMs(clock, now);
      const driftWall = Math.abs(next.simMs - expected) / (next.playing ? next.speed : 1);
      if (next.playing ? driftWall <= REWRITE_DRIFT_MS : next.simMs === clock.simMs) return;
    }
    clock = next;
    clockWrittenAt = Date.now();
    set('clock', next);
  };
  writeClock(true);
  const unsubscribePlayback = controller.subscribePlayback(() => {
    writeClock(false);
    writeStep();
  });
  const unsubscribeRun = runStore.subscribe(() => {
    writeClock(false);
    writeStep();
  });

  // The lesson step, its caption and its question.
  let adhoc: RoomQuestion | null = null;
  let questionStep: number | null = null;
  let arrived = false;
  let revealed = false;
  // The lesson's last question asked, and at which step: once revealed it stays up (with
  // its counts) while the run goes on, until another is asked or the presenter goes back.
  let asked: { index: number; question: RoomQuestion } | null = null;
  function writeStep(): void {
    const current = useLessonStore.getState().current;
    const lesson = useDocumentStore.getState().doc.lesson;
    const step = current === null ? null : (lesson[current] ?? null);
    const running = controller.playback().value === 'running';
    if (current !== questionStep) {
      questionStep = current;
      arrived = false;
      revealed = false;
      // A closed ad-hoc question stays up, revealed, until the presenter moves on.
      if (adhoc?.revealed) adhoc = null;
    }
    // The question is asked once the run stands at its step (Next plays up to the step's
    // time and stops there); playing on from there is the reveal.
    const atMs = step?.atS === undefined ? null : step.atS * 1000;
    if (!running && (atMs === null || runStore.getState().progress.tMs >= atMs - 1)) arrived = true;
    else if (running && arrived) revealed = true;
    const q = step?.question;
    if (q && current !== null && arrived)
      asked = {
        index: current,
        question: {
          id: `step-${current}-${hashText(q.prompt + q.choices.join('\n'))}`,
          text: q.prompt,
          choices: q.choices,
          open: !revealed,
          revealed,
        },
      };
    else if (asked && (current === null || current < asked.index)) asked = null;
    else if (asked && current !== asked.index && !asked.question.revealed)
      asked = { ...asked, question: { ...asked.question, open: false, revealed: true } };
    connection.doc.transact(() => {
      set('step', current);
      set('caption', step?.caption ?? '');
      set('question', adhoc ?? asked?.question ?? null);
    });
  }
  writeStep();
  const unsubscribeLesson = useLessonStore.subscribe(writeStep);
  const unsubscribeConnection = connection.subscribe(() => {
    if (synced || !connection.synced()) return;
    synced = true;
    writeDocument();
    writeClock(true);
    writeStep();
  });

  return {
    ask(text, choices) {
      adhoc = { id: `ask-${Date.now().toString(36)}`, text, choices, open: true, revealed: false };
      writeStep();
    },
    closeQuestion() {
      if (adhoc) adhoc = { ...adhoc, open: false, revealed: true };
      writeStep();
    },
    set,
    dispose() {
      disposed = true;
      if (documentTimer !== null) clearTimeout(documentTimer);
      unsubscribeDoc();
      unsubscribePlayback();
      unsubscribeRun();
      unsubscribeLesson();
      unsubscribeConnection();
    },
  };
}

/** A short stable hash of a text (FNV-1a), so a changed question gets a new id. */
function hashText(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}
