import { submissionsDocumentName } from '../../room/protocol';
import { runController } from '../run/sharedRunController';
import { keepPresenterSeat, type PresenterSeat, readPresenterSeat } from './presenterSeat';
import { type PresenterRoom, presentRoom } from './presenterSync';
import { createRoom, roomServerOrigin } from './roomApi';
import { connectRoom, type RoomConnection } from './roomConnection';
import { type RoomViewStore, roomViewStore } from './roomView';

/** The presenter's open room: the seat, the two connections and the mirroring of the editor. */
export interface PresenterSession {
  seat: PresenterSeat;
  connection: RoomConnection;
  /** The submissions document (only the presenter's connection may open it). */
  submissions: RoomConnection;
  view: RoomViewStore;
  room: PresenterRoom;
}

let session: PresenterSession | null = null;
const listeners = new Set<() => void>();
const changed = () => {
  for (const l of listeners) l();
};

/** The page's presenter session, or null. */
export function presenterSession(): PresenterSession | null {
  return session;
}

/** Calls `listener` when the session starts or ends; returns the unsubscribe. */
export function subscribePresenterSession(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function open(seat: PresenterSeat): PresenterSession {
  const origin = roomServerOrigin();
  const connection = connectRoom({
    origin,
    roomId: seat.roomId,
    presenterToken: seat.presenterToken,
    syncClock: true,
  });
  const submissions = connectRoom({
    origin,
    roomId: seat.roomId,
    presenterToken: seat.presenterToken,
    documentName: submissionsDocumentName(seat.roomId),
  });
  const view = roomViewStore(connection);
  const room = presentRoom(connection, runController());
  session = { seat, connection, submissions, view, room };
  changed();
  return session;
}

/** Creates a room on the server and starts presenting in it; the error message when refused. */
export async function startRoom(): Promise<
  { ok: true; session: PresenterSession } | { ok: false; message: string }
> {
  if (session) return { ok: true, session };
  const r = await createRoom();
  if (!r.ok) return { ok: false, message: r.error.message };
  const seat = { roomId: r.value.roomId, joinCode: r.value.joinCode, presenterToken: r.value.presenterToken };
  keepPresenterSeat(seat);
  return { ok: true, session: open(seat) };
}

/**
 * Takes the room back after a reload of the presenter's tab: the seat (and its token) was
 * kept in this tab's sessionStorage. Returns the session, or null when there is no seat.
 */
export function resumeRoom(): PresenterSession | null {
  if (session) return session;
  const seat = readPresenterSeat();
  return seat ? open(seat) : null;
}

/** Leaves the room on this page: the connections close and the seat is forgotten. */
export function leaveRoom(): void {
  if (!session) return;
  session.room.dispose();
  session.view.dispose();
  session.connection.destroy();
  session.submissions.destroy();
  session = null;
  keepPresenterSeat(null);
  changed();
}
