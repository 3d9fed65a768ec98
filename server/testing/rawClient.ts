import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import WebSocket from 'ws';
import { roomWebSocketUrl } from '../../src/room/protocol';

/**
 * A hand-made client speaking Hocuspocus's wire format directly, as an attacker would:
 * it authenticates with `token`, then sends whatever Yjs update it likes.
 */
export async function rawClient(origin: string, documentName: string, token: string) {
  const ws = new WebSocket(roomWebSocketUrl(origin));
  const frames: Uint8Array[] = [];
  ws.on('message', (data: Buffer) => frames.push(new Uint8Array(data)));
  await new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('error', reject);
  });
  const send = (write: (e: encoding.Encoder) => void) => {
    const e = encoding.createEncoder();
    encoding.writeVarString(e, documentName);
    write(e);
    ws.send(encoding.toUint8Array(e));
  };
  // Auth (2), token (0), the token.
  send((e) => {
    encoding.writeVarUint(e, 2);
    encoding.writeVarUint(e, 0);
    encoding.writeVarString(e, token);
  });
  return {
    frames,
    /** Sends `update` as a sync update (0, 2) and as a sync step 2 (0, 1). */
    sendUpdate(update: Uint8Array) {
      for (const syncType of [2, 1])
        send((e) => {
          encoding.writeVarUint(e, 0);
          encoding.writeVarUint(e, syncType);
          encoding.writeVarUint8Array(e, update);
        });
    },
    /** Sends a Hocuspocus message of `type` whose body `write` fills. */
    sendMessage(type: number, write: (e: encoding.Encoder) => void) {
      send((e) => {
        encoding.writeVarUint(e, type);
        write(e);
      });
    },
    sendBytes(bytes: Uint8Array) {
      ws.send(bytes);
    },
    closed: new Promise<void>((resolve) => ws.once('close', () => resolve())),
    /** Resolves with the reason once the server closes this document's connection (a CLOSE message, 7). */
    refused(timeoutMs = 5_000): Promise<string> {
      return new Promise((resolve, reject) => {
        const started = Date.now();
        const poll = () => {
          for (const frame of frames) {
            const d = decoding.createDecoder(frame);
            decoding.readVarString(d);
            if (decoding.readVarUint(d) === 7) return resolve(decoding.readVarString(d));
          }
          if (Date.now() - started > timeoutMs) reject(new Error('the server never closed the connection'));
          else setTimeout(poll, 20);
        };
        poll();
      });
    },
    close() {
      ws.terminate();
    },
  };
}
