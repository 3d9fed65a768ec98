import { HocuspocusProvider } from '@hocuspocus/provider';
import * as Y from 'yjs';
import {
  CLOCK_SYNC,
  type ClockSample,
  errorFromReason,
  estimateOffset,
  FOLLOWER_TOKEN,
  type FromRoomServer,
  ROOM_DOC,
  type RoomError,
  readFromRoomServer,
  roomDocumentName,
  roomWebSocketUrl,
  type ToRoomServer,
  type Vote,
} from '../../room/protocol';

/** Wall ms between the first pings of a connection. */
const BURST_SPACING_MS = 300;

/** Where the connection to the room is. */
export type RoomStatus = 'connecting' | 'connected' | 'reconnecting' | 'refused';

/** One open room: the shared Yjs document and the messages to and from the server. */
export interface RoomConnection {
  readonly roomId: string;
  readonly doc: Y.Doc;
  /** The presenter's map (PresenterState): read by everyone, written by the presenter only. */
  readonly presenter: Y.Map<unknown>;
  /** The votes, as the server appended them. */
  readonly votes: Y.Array<Vote>;
  status(): RoomStatus;
  /** Why the room refused the connection (status "refused"). */
  error(): RoomError | null;
  /** Whether the current map has arrived at least once. */
  synced(): boolean;
  /** Called after every change of status, sync or clock estimate; returns the unsubscribe. */
  subscribe(listener: () => void): () => void;
  /** Called with every message from the server (pongs are used here first). */
  onMessage(listener: (message: FromRoomServer) => void): () => void;
  send(message: ToRoomServer): void;
  /** The server's wall clock now, as estimated from ping/pong (docs/workshops.md, "The clock"). */
  serverNow(): number;
  destroy(): void;
}

export interface ConnectOptions {
  origin: string;
  roomId: string;
  /** The presenter token, or none for a follower. */
  presenterToken?: string;
  /** Which of the room's documents (default: the room's). */
  documentName?: string;
  /** Whether to measure the server's clock (the room document's connection does). */
  syncClock?: boolean;
}

/**
 * Connects to a room on the room server (Hocuspocus over WebSocket). The provider
 * reconnects by itself; after a first connection a drop shows as "reconnecting" and the
 * map keeps what it had, so a follower's run goes on. A refusal (room full, ended, not
 * found) stops the retries and keeps the reason.
 */
export function connectRoom(options: ConnectOptions): RoomConnection {
  const doc = new Y.Doc();
  const listeners = new Set<() => void>();
  const messageListeners = new Set<(message: FromRoomServer) => void>();
  let status: RoomStatus = 'connecting';
  let refusal: RoomError | null = null;
  let everConnected = false;
  let hasSynced = false;
  const samples: ClockSample[] = [];
  let offsetMs = 0;
  let pingId = 0;
  let pingTimer: ReturnType<typeof setTimeout> | null = null;
  let destroyed = false;
  const changed = () => {
    for (const l of listeners) l();
  };

  const refuse = (error: RoomError) => {
    refusal = error;
    status = 'refused';
    provider.disconnect();
    changed();
  };

  const provider = new HocuspocusProvider({
    url: roomWebSocketUrl(options.origin),
    name: options.documentName ?? roomDocumentName(options.roomId),
    document: doc,
    token: options.presenterToken ?? FOLLOWER_TOKEN,
    onStatus: ({ status: s }) => {
      if (status === 'refused' || destroyed) return;
      if (s === 'connected') {
        everConnected = true;
        status = 'connected';
        if (options.syncClock) ping();
      } else status = everConnected ? 'reconnecting' : 'connecting';
      changed();
    },
    onSynced: ({ state }) => {
      if (state) hasSynced = true;
      changed();
    },
    onAuthenticationFailed: ({ reason }) =>
      refuse(errorFromReason(reason) ?? { code: 'not-presenter', message: reason }),
    onClose: ({ event }) => {
      const error = event?.reason ? errorFromReason(event.reason) : null;
      if (error) refuse(error);
    },
    onStateless: ({ payload }) => {
      const message = readFromRoomServer(payload);
      if (!message) return;
      if (message.type === 'pong') {
        samples.push({
          clientSentMs: message.clientMs,
          serverMs: message.serverMs,
          clientReceivedMs: Date.now(),
        });
        if (samples.length > CLOCK_SYNC.samples) samples.shift();
        offsetMs = estimateOffset(samples)?.offsetMs ?? 0;
        changed();
        schedulePing();
        return;
      }
      for (const l of messageListeners) l(message);
    },
  });

  /**
   * A burst of pings at first, then one every 15 s. The burst's pings are spread a little:
   * right after connecting the page is still busy loading, and a pong read late looks like
   * a slow, lopsided round trip; the estimate keeps the quickest ones.
   */
  function schedulePing(): void {
    if (pingTimer !== null || destroyed) return;
    const wait = samples.length < CLOCK_SYNC.firstBurst ? BURST_SPACING_MS : CLOCK_SYNC.intervalMs;
    pingTimer = setTimeout(() => {
      pingTimer = null;
      ping();
    }, wait);
  }
  function ping(): void {
    if (destroyed || status !== 'connected') return;
    pingId += 1;
    provider.sendStateless(JSON.stringify({ type: 'ping', id: pingId, clientMs: Date.now() }));
  }

  return {
    roomId: options.roomId,
    doc,
    presenter: doc.getMap(ROOM_DOC.presenter),
    votes: doc.getArray<Vote>(ROOM_DOC.votes),
    status: () => status,
    error: () => refusal,
    synced: () => hasSynced,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    onMessage(listener) {
      messageListeners.add(listener);
      return () => messageListeners.delete(listener);
    },
    send(message) {
      provider.sendStateless(JSON.stringify(message));
    },
    serverNow: () => Date.now() + offsetMs,
    destroy() {
      destroyed = true;
      if (pingTimer !== null) clearTimeout(pingTimer);
      listeners.clear();
      messageListeners.clear();
      provider.destroy();
      doc.destroy();
    },
  };
}
