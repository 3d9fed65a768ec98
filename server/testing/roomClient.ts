/**
 * Node clients of a room server, for the server's tests and `npm run bench:room`: real
 * Hocuspocus providers over `ws`, counting the bytes they receive.
 */
import { randomBytes } from 'node:crypto';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import WebSocket from 'ws';
import * as Y from 'yjs';
import {
  type CreateRoomResponse,
  FOLLOWER_TOKEN,
  type FromRoomServer,
  ROOM_PATHS,
  readFromRoomServer,
  roomWebSocketUrl,
  type ToRoomServer,
} from '../../src/room/protocol';

/** Creates a room through the HTTP API. */
export async function createRoom(origin: string): Promise<CreateRoomResponse> {
  const res = await fetch(`${origin}${ROOM_PATHS.createRoom}`, { method: 'POST' });
  if (res.status !== 201) throw new Error(`creating a room: ${res.status} ${await res.text()}`);
  return (await res.json()) as CreateRoomResponse;
}

/** A random participant id, as a follower's browser makes one. */
export function participantId(): string {
  return randomBytes(16).toString('base64url');
}

export interface RoomClient {
  provider: HocuspocusProvider;
  doc: Y.Doc;
  /** Bytes received over the WebSocket so far. */
  bytesReceived(): number;
  /** Stateless messages received, oldest first. */
  received: FromRoomServer[];
  /** Resolves once authenticated and synced; rejects with the refusal's reason. */
  ready: Promise<void>;
  send(message: ToRoomServer): void;
  /** Waits for a stateless message matching `test` (received before or after the call). */
  nextMessage(test: (m: FromRoomServer) => boolean, timeoutMs?: number): Promise<FromRoomServer>;
  close(): void;
}

/** Opens a provider on `documentName` of the room server at `origin` (token: the presenter's or none). */
export function connectRoom(
  origin: string,
  documentName: string,
  token: string = FOLLOWER_TOKEN,
  doc: Y.Doc = new Y.Doc(),
): RoomClient {
  let bytes = 0;
  class CountingWebSocket extends WebSocket {
    constructor(address: string, protocols?: string | string[]) {
      super(address, protocols);
      // The provider reads frames as ArrayBuffers; count whichever form arrives.
      this.on('message', (data: Buffer | ArrayBuffer | Buffer[]) => {
        if (Array.isArray(data)) for (const part of data) bytes += part.length;
        else bytes += data.byteLength;
      });
    }
  }
  const socket = new HocuspocusProviderWebsocket({
    url: roomWebSocketUrl(origin),
    WebSocketPolyfill: CountingWebSocket,
    maxAttempts: 1,
  });
  const received: FromRoomServer[] = [];
  const waiters = new Set<() => void>();
  let settle: { resolve: () => void; reject: (e: Error) => void } | null = null;
  const ready = new Promise<void>((resolve, reject) => {
    settle = { resolve, reject };
  });
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name: documentName,
    token,
    document: doc,
    // As the browser's follower does (protocol.ts, FOLLOWERS_USE_PRESENCE).
    ...(token === FOLLOWER_TOKEN ? { awareness: null } : {}),
    onSynced: () => settle?.resolve(),
    onAuthenticationFailed: ({ reason }) => settle?.reject(new Error(reason)),
    onStateless: ({ payload }) => {
      const m = readFromRoomServer(payload);
      if (m) received.push(m);
      for (const w of waiters) w();
    },
  });
  provider.attach();
  return {
    provider,
    doc,
    bytesReceived: () => bytes,
    received,
    ready,
    send: (message) => provider.sendStateless(JSON.stringify(message)),
    nextMessage(test, timeoutMs = 5_000) {
      const start = received.length;
      return new Promise((resolve, reject) => {
        const check = () => {
          const found = received.slice(start).find(test);
          if (found) {
            waiters.delete(check);
            clearTimeout(timer);
            resolve(found);
          }
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error('no matching message arrived'));
        }, timeoutMs);
        waiters.add(check);
        check();
      });
    },
    close() {
      provider.destroy();
      socket.destroy();
    },
  };
}

/** Resolves once `test()` holds (checked on every change of `doc`), or rejects after `timeoutMs`. */
export function waitForDoc(doc: Y.Doc, test: () => boolean, timeoutMs = 5_000): Promise<void> {
  return new Promise((resolve, reject) => {
    const check = () => {
      if (!test()) return;
      doc.off('update', check);
      clearTimeout(timer);
      resolve();
    };
    const timer = setTimeout(() => {
      doc.off('update', check);
      reject(new Error('the document never reached the expected state'));
    }, timeoutMs);
    doc.on('update', check);
    check();
  });
}
