import type { FaultlineDocument } from '../../model';
import type { RunController } from '../../run/runController';
import { useDocumentStore } from '../../store/documentStore';
import { runStore } from '../../store/runStore';
import { decodeLoaded, loadDecoder } from '../decoder';
import { followClock, type LocalRun } from './clockFollower';
import type { RoomViewStore } from './roomView';

/** How often (wall ms) the follower compares its run with the presenter's clock. */
export const FOLLOW_INTERVAL_MS = 100;
/** A seek to the same moment is not sent again within this time (wall ms): it is on its way. */
const SEEK_PATIENCE_MS = 1000;

/**
 * Reads a room's diagram with the one decoder (src/model/decode): a share-link payload
 * (what follows `#d=`) or JSON text. The message names what is wrong when it is refused.
 */
export function decodeRoomDocument(
  text: string,
): { ok: true; doc: FaultlineDocument } | { ok: false; message: string } {
  const json = text.trimStart().startsWith('{');
  const r = decodeLoaded(json ? text : `#d=${text}`, json ? 'file' : 'link');
  return r.ok ? { ok: true, doc: r.doc } : { ok: false, message: r.message };
}

/**
 * Keeps the follower's own run on the presenter's: the presenter's diagram (with the room's
 * seed) replaces the page's in-memory document — this page has no autosave, so nothing of
 * the follower's own work is touched — and every FOLLOW_INTERVAL_MS the local run is
 * brought to the presenter's clock (followClock). While the connection is down, the map
 * keeps its last state: the run goes on as the presenter last set it.
 */
export function followRoom(
  store: RoomViewStore,
  controller: RunController,
  serverNow: () => number,
  onProblem: (message: string | null) => void,
): () => void {
  let shownDocument: string | null = null;
  let shownSeed: number | null = null;
  let lastSeek: { tMs: number; atMs: number } | null = null;
  let decoderReady = false;
  let disposed = false;

  function showDocument(): void {
    const { document, seed } = store.getSnapshot();
    if (document === null || (document === shownDocument && seed === shownSeed) || !decoderReady) return;
    shownDocument = document;
    shownSeed = seed;
    const decoded = decodeRoomDocument(document);
    if (!decoded.ok) {
      onProblem(`The presenter’s diagram could not be opened: ${decoded.message}`);
      return;
    }
    onProblem(null);
    const doc =
      seed !== null && seed !== decoded.doc.scenario.seed
        ? { ...decoded.doc, scenario: { ...decoded.doc.scenario, seed } }
        : decoded.doc;
    lastSeek = null;
    useDocumentStore.getState().replaceDocument(doc);
  }

  function follow(): void {
    if (disposed || shownDocument === null) return;
    const view = controller.playback();
    const { progress } = runStore.getState();
    const local: LocalRun = {
      state: view.value,
      tMs: progress.tMs,
      speed: view.context.speed,
      toEnd: progress.playing && progress.speed === 'end',
      endMs: progress.endMs,
    };
    const now = Date.now();
    for (const event of followClock(store.getSnapshot().clock, local, serverNow())) {
      if (event.type === 'SEEK') {
        // A seek takes a moment to come back as the run's time: do not ask again meanwhile.
        if (lastSeek && Math.abs(lastSeek.tMs - event.tMs) < 300 && now - lastSeek.atMs < SEEK_PATIENCE_MS)
          continue;
        lastSeek = { tMs: event.tMs, atMs: now };
      }
      controller.send(event);
    }
  }

  loadDecoder().then(
    () => {
      decoderReady = true;
      showDocument();
      follow();
    },
    () => onProblem('Faultline could not load the part that reads diagrams. Reload the page to try again.'),
  );
  const unsubscribe = store.subscribe(() => {
    showDocument();
    follow();
  });
  const timer = setInterval(follow, FOLLOW_INTERVAL_MS);
  return () => {
    disposed = true;
    unsubscribe();
    clearInterval(timer);
  };
}
