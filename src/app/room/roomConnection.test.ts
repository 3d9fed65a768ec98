import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { type RunningRoomServer, startRoomServer } from '../../../server/roomServer';
import { createRoom } from '../../../server/testing/roomClient';
import { connectRoom, type RoomConnection } from './roomConnection';
import { readRoomView } from './roomView';

// Node 20 has no WebSocket of its own; the provider uses the global one, as in a browser.
(globalThis as { WebSocket?: unknown }).WebSocket ??= WebSocket;

const servers: RunningRoomServer[] = [];
const connections: RoomConnection[] = [];
afterEach(async () => {
  for (const c of connections.splice(0)) c.destroy();
  for (const s of servers.splice(0)) await s.close();
});

async function until(test: () => boolean, what: string, timeoutMs = 10_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!test()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(20);
  }
}

describe('a room connection, with the real room server', () => {
  it('follows the presenter, says "reconnecting" keeping what it had, and names a restart that lost the room', async () => {
    const server = await startRoomServer({ quiet: true, distDir: null });
    servers.push(server);
    const room = await createRoom(server.url);
    const open = (presenterToken?: string) => {
      const c = connectRoom({ origin: server.url, roomId: room.roomId, presenterToken, syncClock: true });
      connections.push(c);
      return c;
    };
    const presenter = open(room.presenterToken);
    const follower = open();
    await until(() => presenter.synced() && follower.synced(), 'both synced');
    expect(follower.status()).toBe('connected');

    presenter.presenter.set('caption', 'Payments is being redeployed.');
    await until(() => readRoomView(follower).caption === 'Payments is being redeployed.', 'the caption');
    // The follower's clock estimate comes from ping/pong with the server: same machine, near 0.
    await until(() => Math.abs(follower.serverNow() - Date.now()) < 50, 'a clock estimate');

    await server.close();
    servers.splice(0);
    await until(() => follower.status() === 'reconnecting', '"reconnecting"');
    expect(readRoomView(follower).caption).toBe('Payments is being redeployed.');

    // A new server on the same port has lost the room (it lived in memory): the follower is
    // told so, by name, and stops retrying.
    servers.push(await startRoomServer({ quiet: true, distDir: null, port: server.port }));
    await until(() => follower.status() === 'refused', 'the refusal', 20_000);
    expect(follower.error()?.code).toMatch(/server-restarted|room-not-found/);
    expect(readRoomView(follower).caption).toBe('Payments is being redeployed.');
  }, 40_000);
});
