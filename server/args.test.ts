import { describe, expect, it } from 'vitest';
import { parseRoomArgs } from './args';

describe('npm run room arguments', () => {
  it('defaults to an in-memory room on localhost:5180 that builds first', () => {
    expect(parseRoomArgs([])).toEqual({
      ok: true,
      args: {
        port: 5180,
        host: '127.0.0.1',
        redisUrl: null,
        idleMs: 2 * 60 * 60 * 1000,
        maxParticipants: 500,
        build: true,
        distDir: 'dist',
      },
    });
  });

  it('reads every option', () => {
    const r = parseRoomArgs([
      '--port',
      '8080',
      '--host',
      '0.0.0.0',
      '--redis',
      'redis://10.0.0.2:6379',
      '--idle-minutes',
      '30',
      '--max-participants',
      '80',
      '--no-build',
    ]);
    expect(r).toMatchObject({
      ok: true,
      args: {
        port: 8080,
        host: '0.0.0.0',
        redisUrl: 'redis://10.0.0.2:6379',
        idleMs: 1_800_000,
        maxParticipants: 80,
        build: false,
      },
    });
    expect(parseRoomArgs(['--no-app'])).toMatchObject({ args: { distDir: null, build: false } });
  });

  it('names what is wrong', () => {
    expect(parseRoomArgs(['--port', 'x'])).toEqual({
      ok: false,
      error: '--port must be a whole number from 0 to 65535',
    });
    expect(parseRoomArgs(['--redis', 'localhost'])).toMatchObject({ ok: false, error: /redis:\/\// });
    expect(parseRoomArgs(['--max-participants', '0'])).toMatchObject({
      ok: false,
      error: /--max-participants/,
    });
    expect(parseRoomArgs(['--frobnicate'])).toEqual({ ok: false, error: 'unknown option --frobnicate' });
  });
});
