import * as decoding from 'lib0/decoding';
import type { WebSocket } from 'ws';
import { TokenBucket } from './rateLimit';

// Hocuspocus's message types (its MessageType enum) that would fan out to the whole room.
const AWARENESS = 1;
const QUERY_AWARENESS = 3;
const BROADCAST_STATELESS = 6;

/** Presence (awareness) a socket may send: a small state, about once a second. */
export const PRESENCE_LIMITS = { bytes: 2_048, burst: 10, perSecond: 1 } as const;

/** The Hocuspocus message type of a raw message (after its document name), or -1. */
export function messageType(message: Uint8Array): number {
  try {
    const decoder = decoding.createDecoder(message);
    decoding.readVarString(decoder);
    return decoding.readVarUint(decoder);
  } catch {
    return -1;
  }
}

/**
 * Whether a message from a socket may reach Hocuspocus. What Hocuspocus would relay to the
 * whole room on the sender's behalf is guarded: a "broadcast stateless" message goes to every
 * connection of the document, so it is never let through (the room's stateless messages go
 * to the server only); presence updates and queries fan out too, so those over 2 KiB or
 * beyond about one a second are dropped. Dropped, not refused: the Hocuspocus provider
 * echoes every presence change it hears, so an honest client can exceed the rate in a big
 * room, and presence is best-effort anyway.
 */
export class MessageGuard {
  private readonly presence: TokenBucket;

  constructor(nowMs: number) {
    this.presence = new TokenBucket(PRESENCE_LIMITS.burst, PRESENCE_LIMITS.perSecond, nowMs);
  }

  allows(message: Uint8Array, nowMs: number): boolean {
    const type = messageType(message);
    if (type === BROADCAST_STATELESS) return false;
    if (type !== AWARENESS && type !== QUERY_AWARENESS) return true;
    return message.length <= PRESENCE_LIMITS.bytes && this.presence.take(nowMs);
  }
}

/** Makes `socket` drop the messages its guard does not allow before anyone hears them. */
export function guardSocket(socket: WebSocket): void {
  const guard = new MessageGuard(Date.now());
  const emit = socket.emit.bind(socket);
  // Hocuspocus listens to (and re-emits queued) 'message' events; a dropped one never reaches it.
  socket.emit = ((event: string | symbol, ...args: unknown[]) => {
    if (event === 'message') {
      const data = args[0];
      const bytes =
        data instanceof Uint8Array ? data : data instanceof ArrayBuffer ? new Uint8Array(data) : null;
      if (bytes && !guard.allows(bytes, Date.now())) return false;
    }
    return emit(event, ...args);
  }) as typeof socket.emit;
}
