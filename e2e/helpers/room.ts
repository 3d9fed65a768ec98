import { E2E_ROOM_URL } from '../../playwright.config';
import { rawClient } from '../../server/testing/rawClient';
import type { CreateRoomResponse } from '../../src/room/protocol';
import { ROOM_PATHS } from '../../src/room/protocol';

/**
 * Room specs: the room server Playwright starts (playwright.config.ts, E2E_ROOM_PORT)
 * serves the same build, so a room spec opens the app there, on the room's own origin.
 */
export { E2E_ROOM_URL };

/** Creates a room through the HTTP API, as the presenter's Start room does. */
export async function createRoomForTest(): Promise<CreateRoomResponse> {
  const res = await fetch(`${E2E_ROOM_URL}${ROOM_PATHS.createRoom}`, { method: 'POST' });
  if (res.status !== 201) throw new Error(`creating a room: ${res.status} ${await res.text()}`);
  return (await res.json()) as CreateRoomResponse;
}

/**
 * A hand-made WebSocket client of the room (not a browser): it authenticates as a follower
 * and sends crafted Yjs updates, which the server must ignore.
 */
export function rawRoomClient(documentName: string, token = 'follower') {
  return rawClient(E2E_ROOM_URL, documentName, token);
}
