import { ROOM_LIMITS } from '../src/room/protocol';

/** What `npm run room` was asked for. */
export interface RoomArgs {
  port: number;
  host: string;
  redisUrl: string | null;
  idleMs: number;
  maxParticipants: number;
  build: boolean;
  /** Null: serve only the API and the WebSocket (`--no-app`, the benchmark's servers). */
  distDir: string | null;
}

export const ROOM_USAGE = `npm run room -- [options]
  --port <n>              port of the app, the API and the WebSocket (default 5180)
  --host <address>        address to listen on (default 127.0.0.1; 0.0.0.0 for the room's wifi)
  --redis <redis://…>     share rooms with other servers through Redis (default: in memory)
  --idle-minutes <n>      a room with no connection and no change for this long ends (default 120)
  --max-participants <n>  followers per room (default 500)
  --dist <dir>            the built app to serve (default dist)
  --no-build              serve the existing build instead of running vite build first
  --no-app                serve only the room's API and WebSocket, not the app (implies --no-build)`;

/** Reads the command line: the arguments, or a message naming what is wrong. */
export function parseRoomArgs(
  argv: readonly string[],
): { ok: true; args: RoomArgs } | { ok: false; error: string } {
  const args: RoomArgs = {
    port: 5180,
    host: '127.0.0.1',
    redisUrl: null,
    idleMs: ROOM_LIMITS.defaultIdleMs,
    maxParticipants: ROOM_LIMITS.defaultMaxParticipants,
    build: true,
    distDir: 'dist',
  };
  const whole = (name: string, value: string | undefined, min: number, max: number): number | string => {
    const n = Number(value);
    return Number.isInteger(n) && n >= min && n <= max
      ? n
      : `${name} must be a whole number from ${min} to ${max}`;
  };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = argv[i + 1];
    const take = () => {
      i += 1;
      return value;
    };
    switch (flag) {
      case '--port': {
        const n = whole('--port', take(), 0, 65535);
        if (typeof n === 'string') return { ok: false, error: n };
        args.port = n;
        break;
      }
      case '--host':
        if (!value) return { ok: false, error: '--host needs an address' };
        args.host = take()!;
        break;
      case '--redis':
        if (!value || !/^rediss?:\/\//.test(value))
          return { ok: false, error: '--redis needs a URL such as redis://127.0.0.1:6379' };
        args.redisUrl = take()!;
        break;
      case '--idle-minutes': {
        const n = whole('--idle-minutes', take(), 1, 7 * 24 * 60);
        if (typeof n === 'string') return { ok: false, error: n };
        args.idleMs = n * 60_000;
        break;
      }
      case '--max-participants': {
        const n = whole('--max-participants', take(), 1, 100_000);
        if (typeof n === 'string') return { ok: false, error: n };
        args.maxParticipants = n;
        break;
      }
      case '--dist':
        if (!value) return { ok: false, error: '--dist needs a folder' };
        args.distDir = take()!;
        break;
      case '--no-build':
        args.build = false;
        break;
      case '--no-app':
        args.build = false;
        args.distDir = null;
        break;
      default:
        return { ok: false, error: `unknown option ${flag}` };
    }
  }
  return { ok: true, args };
}
