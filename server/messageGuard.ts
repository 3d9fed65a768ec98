import * as decoding from 'lib0/decoding';
import type { RoomErrorCode } from '../src/room/protocol';
import { TokenBucket } from './rateLimit';

// Hocuspocus's message types (its MessageType enum) that a follower could abuse.
const AWARENESS = 1;
const QUERY_AWARENESS = 3;
const BROADCAST_STATELESS = 6;

/** Presence (awareness) a connection may send: a small state, a few times a minute. */
export const PRESENCE_LIMITS = { bytes: 2_048, burst: 10, perSecond: 1 } as const;

/** The Hocuspocus message type of a raw message (after its document name). */
export function messageType(message: Uint8Array): number {
  const decoder = decoding.createDecoder(message);
  decoding.readVarString(decoder);
  return decoding.readVarUint(decoder);
}

/**
 * Guards what Hocuspocus would relay to the whole room on a connection's behalf: a
 * "broadcast stateless" message goes to every connection of the document, so nobody may
 * send one (the room's stateless messages go to the server only); presence updates and
 * presence queries fan out too, so they are capped in size and rate. Returns the refusal
 * (the connection is then closed with it as the reason), or null.
 */
export class MessageGuard {
  private presence: TokenBucket | null = null;

  check(message: Uint8Array, nowMs: number): { code: RoomErrorCode; detail: string } | null {
    const type = messageType(message);
    if (type === BROADCAST_STATELESS)
      return this.refuse('bad-message', 'Broadcast messages are not part of a room.');
    if (type !== AWARENESS && type !== QUERY_AWARENESS) return null;
    if (message.length > PRESENCE_LIMITS.bytes)
      return this.refuse('too-large', `Presence is capped at ${PRESENCE_LIMITS.bytes} bytes.`);
    this.presence ??= new TokenBucket(PRESENCE_LIMITS.burst, PRESENCE_LIMITS.perSecond, nowMs);
    return this.presence.take(nowMs) ? null : this.refuse('rate-limited', 'Too many presence updates.');
  }

  private refuse(code: RoomErrorCode, detail: string) {
    return { code, detail };
  }
}
