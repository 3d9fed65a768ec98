import {
  type CreateRoomResponse,
  errorFromReason,
  type JoinCodeResponse,
  ROOM_PATHS,
  type RoomError,
  type RoomInfoResponse,
  roomError,
} from '../../room/protocol';

/** An answer of the room server's HTTP API: its value, or the error to show. */
export type RoomAnswer<T> = { ok: true; value: T } | { ok: false; error: RoomError };

/**
 * The origin of the room server: the page's own (the room server serves the app, so one
 * laptop on the room's wifi is enough; docs/workshops.md).
 */
export function roomServerOrigin(): string {
  return window.location.origin;
}

async function ask<T>(path: string, init?: RequestInit): Promise<RoomAnswer<T>> {
  let response: Response;
  try {
    response = await fetch(`${roomServerOrigin()}${path}`, {
      ...init,
      headers: { accept: 'application/json' },
    });
  } catch (e) {
    return {
      ok: false,
      error: { code: 'not-found', message: `The room server cannot be reached (${String(e)}).` },
    };
  }
  let body: unknown = null;
  try {
    body = await response.json();
  } catch {
    // Not JSON: this page is not served by a room server (a static host).
  }
  if (response.ok && body && typeof body === 'object') return { ok: true, value: body as T };
  const said = (body as { error?: { code?: unknown; message?: unknown } } | null)?.error;
  const known = typeof said?.code === 'string' ? errorFromReason(said.code) : null;
  if (known)
    return {
      ok: false,
      error: typeof said?.message === 'string' ? { ...known, message: said.message } : known,
    };
  return {
    ok: false,
    error: roomError(
      'not-found',
      response.status === 404 || body === null
        ? 'This page is not served by a room server: start one with `npm run room` (docs/workshops.md).'
        : `The room server answered ${response.status}.`,
    ),
  };
}

/** Creates a room (the presenter). */
export function createRoom(): Promise<RoomAnswer<CreateRoomResponse>> {
  return ask(ROOM_PATHS.createRoom, { method: 'POST' });
}

/** The room a join code stands for. */
export function lookUpJoinCode(code: string): Promise<RoomAnswer<JoinCodeResponse>> {
  return ask(`${ROOM_PATHS.joinCodePrefix}${encodeURIComponent(code)}`);
}

/** Whether a room exists, with its join code and size. */
export function roomInfo(roomId: string): Promise<RoomAnswer<RoomInfoResponse>> {
  return ask(`${ROOM_PATHS.roomInfoPrefix}${encodeURIComponent(roomId)}`);
}
