/**
 * Every way a room can refuse something, with the sentence a screen shows. The server
 * sends the code (as the reason of a refused connection, in an HTTP error body or in a
 * `refused` stateless message); clients show `message` (or their own words for a code).
 */
export const ROOM_ERRORS = {
  'room-not-found': 'This room does not exist. Check the join code or link.',
  'server-restarted': 'The room no longer exists (the server restarted): rooms live only in its memory.',
  'room-expired': 'This room has ended: it was idle too long.',
  'room-full': 'This room is full: it has reached its maximum number of participants.',
  'unknown-code': 'No room has this join code. Check it and try again.',
  'not-presenter': 'Only the presenter can do this: the presenter token is missing or wrong.',
  'bad-message': 'The message is not one a room understands.',
  'too-large': 'The message is too large for a room.',
  'rate-limited': 'Too many requests: wait a moment and try again.',
  'already-voted': 'You have already voted on this question.',
  'question-closed': 'This question is not open for votes.',
  'no-handout': 'The presenter has not handed anything out to submit.',
  'bad-document': 'The diagram was refused by the decoder.',
  'bad-state': 'The presenter wrote a value the room does not accept.',
  'not-found': 'Nothing is here.',
} as const;

/** A refusal's code. */
export type RoomErrorCode = keyof typeof ROOM_ERRORS;

/** A refusal: its code and a sentence naming what is wrong. */
export interface RoomError {
  code: RoomErrorCode;
  message: string;
}

/** The refusal for `code`, with `detail` (what exactly was wrong) after the standard sentence. */
export function roomError(code: RoomErrorCode, detail?: string): RoomError {
  return { code, message: detail ? `${ROOM_ERRORS[code]} ${detail}` : ROOM_ERRORS[code] };
}

/** Whether `value` is one of the codes (for reading a refusal's reason). */
export function isRoomErrorCode(value: unknown): value is RoomErrorCode {
  return typeof value === 'string' && Object.hasOwn(ROOM_ERRORS, value);
}

/**
 * A refused WebSocket connection carries `code` or `code: detail` as its reason (a string
 * is all Hocuspocus passes on): the error it stands for, or null for another reason.
 */
export function errorFromReason(reason: string): RoomError | null {
  const colon = reason.indexOf(':');
  const code = colon < 0 ? reason : reason.slice(0, colon);
  if (!isRoomErrorCode(code)) return null;
  const detail = colon < 0 ? '' : reason.slice(colon + 1).trim();
  return roomError(code, detail || undefined);
}

/** The reason string for a refused connection (the inverse of `errorFromReason`). */
export function reasonFor(code: RoomErrorCode, detail?: string): string {
  return detail ? `${code}: ${detail}` : code;
}
