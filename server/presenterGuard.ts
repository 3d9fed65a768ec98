import * as decoding from 'lib0/decoding';
import * as Y from 'yjs';
import {
  decodeRefusal,
  decodeRoomDocument,
  PRESENTER_KEYS,
  presenterValueProblem,
  ROOM_DOC,
  type RoomErrorCode,
  type RoomHandout,
} from '../src/room/protocol';
import { challengeHandoutProblem } from './handoutChallenge';

// Hocuspocus message types (its MessageType) and y-protocols' sync message types.
const SYNC = 0;
const SYNC_REPLY = 4;
const SYNC_STEP_2 = 1;
const SYNC_UPDATE = 2;

/**
 * The Yjs update a Hocuspocus message carries (a sync step 2 or an update), or null for
 * any other message (awareness, stateless, auth, a state vector), which changes no content.
 */
export function updateInMessage(message: Uint8Array): Uint8Array | null {
  const decoder = decoding.createDecoder(message);
  decoding.readVarString(decoder); // the document name
  const type = decoding.readVarUint(decoder);
  if (type !== SYNC && type !== SYNC_REPLY) return null;
  const syncType = decoding.readVarUint(decoder);
  if (syncType !== SYNC_STEP_2 && syncType !== SYNC_UPDATE) return null;
  return decoding.readVarUint8Array(decoder);
}

/** Why the room refuses an update from the presenter. */
export interface PresenterRefusal {
  code: Extract<RoomErrorCode, 'bad-state' | 'bad-document'>;
  detail: string;
}

/**
 * Whether the room document would still be one the room accepts after `update` from the
 * presenter: only the presenter map changes (votes are the server's), each changed key
 * holds a value of its schema, and a changed diagram passes the one decoder. Checked on a
 * copy, so a refused update never touches the room.
 */
export function presenterUpdateRefusal(room: Y.Doc, update: Uint8Array): PresenterRefusal | null {
  const copy = new Y.Doc({ gc: false });
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(room));
  try {
    Y.applyUpdate(copy, update);
  } catch (e) {
    return { code: 'bad-state', detail: `the update could not be read (${String(e)})` };
  }
  for (const name of copy.share.keys())
    if (name !== ROOM_DOC.presenter && name !== ROOM_DOC.votes)
      return { code: 'bad-state', detail: `"${name}" is not part of a room document` };
  const votesBefore = room.getArray(ROOM_DOC.votes);
  const votesAfter = copy.getArray(ROOM_DOC.votes);
  if (
    votesAfter.length !== votesBefore.length ||
    JSON.stringify(votesAfter.toJSON()) !== JSON.stringify(votesBefore.toJSON())
  )
    return { code: 'bad-state', detail: 'votes are counted by the server only' };
  const before = room.getMap(ROOM_DOC.presenter);
  const after = copy.getMap(ROOM_DOC.presenter);
  for (const [key, value] of after.entries()) {
    if (!(PRESENTER_KEYS as string[]).includes(key))
      return { code: 'bad-state', detail: `"${key}" is not a key of the presenter map` };
    const old = before.get(key);
    if (value instanceof Y.AbstractType)
      return { code: 'bad-state', detail: `${key}: must be a plain value` };
    if (key === 'document' ? old === value : JSON.stringify(old) === JSON.stringify(value)) continue;
    const problem = presenterValueProblem(key, value);
    if (problem) return { code: 'bad-state', detail: problem };
    if (key === 'handout' && (value as RoomHandout | null)?.kind === 'challenge') {
      const refusal = challengeHandoutProblem(value as Extract<RoomHandout, { kind: 'challenge' }>);
      if (refusal) return refusal;
    }
    // Every diagram that arrives through a room passes the one decoder: the room's and a handout's.
    const diagram =
      key === 'document'
        ? value
        : key === 'handout'
          ? (value as { document?: unknown } | null)?.document
          : null;
    if (typeof diagram === 'string' && diagram !== '') {
      const decoded = decodeRoomDocument(diagram);
      if (!decoded.ok) return { code: 'bad-document', detail: decodeRefusal(decoded) };
    }
  }
  return null;
}
