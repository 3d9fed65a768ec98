import type * as Y from 'yjs';
import {
  type PresenterState,
  presenterValueProblem,
  type RoomClock,
  type RoomError,
  type RoomHandout,
  type RoomQuestion,
  STOPPED_CLOCK,
  tally,
  type VisibleArea,
  type Vote,
} from '../../room/protocol';
import type { RoomConnection, RoomStatus } from './roomConnection';

/** Everything a screen in the room shows, read from the room's shared document. */
export interface RoomView {
  status: RoomStatus;
  error: RoomError | null;
  synced: boolean;
  /** The presenter's diagram (a share-link payload or JSON text), or null before there is one. */
  document: string | null;
  seed: number | null;
  clock: RoomClock;
  step: number | null;
  caption: string;
  /** The part of the diagram the presenter's canvas shows, or null when not shared. */
  visibleArea: VisibleArea | null;
  question: RoomQuestion | null;
  /** Votes per choice of `question` (counts only). */
  counts: number[];
  handout: RoomHandout | null;
}

/**
 * The value under `key` of the presenter map, or `fallback` when it is missing or not of the
 * protocol's shape. The server checks what the presenter writes; a screen checks again, so
 * nothing it shows comes unchecked from the wire.
 */
function checkedValue<K extends keyof PresenterState>(
  map: Y.Map<unknown>,
  key: K,
  fallback: PresenterState[K] | null,
): PresenterState[K] | null {
  if (!map.has(key)) return fallback;
  const value = map.get(key);
  return presenterValueProblem(key, value) === null ? (value as PresenterState[K]) : fallback;
}

/** The room as it is now. */
export function readRoomView(connection: RoomConnection): RoomView {
  const map = connection.presenter;
  const question = checkedValue(map, 'question', null);
  const votes = connection.votes.toArray() as Vote[];
  return {
    status: connection.status(),
    error: connection.error(),
    synced: connection.synced(),
    document: checkedValue(map, 'document', null),
    seed: checkedValue(map, 'seed', null),
    clock: checkedValue(map, 'clock', STOPPED_CLOCK) ?? STOPPED_CLOCK,
    step: checkedValue(map, 'step', null),
    caption: checkedValue(map, 'caption', '') ?? '',
    visibleArea: checkedValue(map, 'visibleArea', null),
    question,
    counts: question ? tally(votes, question) : [],
    handout: checkedValue(map, 'handout', null),
  };
}

/**
 * The room's view as an external store for React (`useSyncExternalStore`): a new snapshot
 * after every change of the shared document, the votes or the connection.
 */
export function roomViewStore(connection: RoomConnection) {
  let snapshot = readRoomView(connection);
  const listeners = new Set<() => void>();
  const refresh = () => {
    snapshot = readRoomView(connection);
    for (const l of listeners) l();
  };
  connection.presenter.observe(refresh);
  connection.votes.observe(refresh);
  const unsubscribe = connection.subscribe(refresh);
  return {
    getSnapshot: () => snapshot,
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    dispose() {
      connection.presenter.unobserve(refresh);
      connection.votes.unobserve(refresh);
      unsubscribe();
      listeners.clear();
    },
  };
}
export type RoomViewStore = ReturnType<typeof roomViewStore>;
