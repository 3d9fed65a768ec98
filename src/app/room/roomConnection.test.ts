import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import type { CreateRoomResponse } from '../../room/protocol';
import { connectRoom, type RoomConnection } from './roomConnection';
import { readRoomView } from './roomView';

// Node 20 has no WebSocket of its own; the provider uses the global one, as in a browser.
(globalThis as { WebSocket?: unknown }).WebSocket ??= WebSocket;

/** A free port on loopback. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject()));
    });
  });
}

/**
 * The real room server (`npm run room`, API and WebSocket only), as its own process: src/
 * never imports the server's code. Resolves once it answers its health check.
 */
async function startServer(port: number): Promise<ChildProcess> {
  const child = spawn('npx', ['tsx', 'server/main.ts', '--no-app', '--port', String(port)], {
    stdio: 'ignore',
    detached: true,
  });
  servers.push(child);
  await until(
    async () => (await fetch(`http://127.0.0.1:${port}/api/room/health`).catch(() => null))?.ok === true,
    'the server',
    30_000,
  );
  return child;
}
/** Stops a server started by startServer (its whole process group). */
async function stopServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    return; // already gone
  }
  await exited;
}

const servers: ChildProcess[] = [];
const connections: RoomConnection[] = [];
afterEach(async () => {
  for (const c of connections.splice(0)) c.destroy();
  for (const s of servers.splice(0)) await stopServer(s);
});

async function until(
  test: () => boolean | Promise<boolean>,
  what: string,
  timeoutMs = 10_000,
): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await test())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(20);
  }
}

describe('a room connection, with the real room server', () => {
  it('follows the presenter, says "reconnecting" keeping what it had, and names a restart that lost the room', async () => {
    const port = await freePort();
    const origin = `http://127.0.0.1:${port}`;
    const server = await startServer(port);
    const room = (await (await fetch(`${origin}/api/room`, { method: 'POST' })).json()) as CreateRoomResponse;
    const open = (presenterToken?: string) => {
      const c = connectRoom({ origin, roomId: room.roomId, presenterToken, syncClock: true });
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

    await stopServer(server);
    await until(() => follower.status() === 'reconnecting', '"reconnecting"');
    expect(readRoomView(follower).caption).toBe('Payments is being redeployed.');

    // A new server on the same port has lost the room (it lived in memory): the follower is
    // told so, by name, and stops retrying.
    await startServer(port);
    await until(() => follower.status() === 'refused', 'the refusal', 20_000);
    expect(follower.error()?.code).toMatch(/server-restarted|room-not-found/);
    expect(readRoomView(follower).caption).toBe('Payments is being redeployed.');
  }, 90_000);
});
