import { Redis } from 'ioredis';
import type { RoomLookup, RoomRegistry } from './registry';

/** How long (ms) an ended room id is remembered, to say "expired" rather than "unknown". */
const ENDED_KEPT_MS = 7 * 24 * 60 * 60 * 1000;

// Counts a follower unless the room is gone (-1) or full (0); atomic across servers.
const JOIN_SCRIPT = `
if redis.call('EXISTS', KEYS[1]) == 0 then return -1 end
local n = tonumber(redis.call('GET', KEYS[2]) or '0')
if n >= tonumber(ARGV[1]) then return 0 end
redis.call('INCR', KEYS[2])
redis.call('PEXPIRE', KEYS[2], ARGV[2])
return 1`;

/**
 * The registry in Redis, shared by every room server started with the same `--redis`:
 * join codes, token digests, follower counts and votes live there, and each key expires
 * after the idle time unless a server touches it (Redis ends idle rooms by itself).
 */
export class RedisRegistry implements RoomRegistry {
  readonly persistent = true;
  private readonly redis: Redis;

  constructor(
    url: string,
    private readonly idleMs: number,
    private readonly prefix = 'faultline:room:',
  ) {
    this.redis = new Redis(url, { maxRetriesPerRequest: 3, lazyConnect: false });
  }

  private key(kind: string, id: string): string {
    return `${this.prefix}${kind}:${id}`;
  }

  private roomKeys(roomId: string): string[] {
    return [
      this.key('r', roomId),
      this.key('n', roomId),
      this.key('v', roomId),
      this.key('s', roomId),
      this.key('s', `${roomId}.submissions`),
    ];
  }

  async create(room: { roomId: string; joinCode: string; presenterDigest: string }): Promise<boolean> {
    const claimed = await this.redis.set(this.key('c', room.joinCode), room.roomId, 'PX', this.idleMs, 'NX');
    if (claimed !== 'OK') return false;
    await this.redis
      .multi()
      .hset(this.key('r', room.roomId), { joinCode: room.joinCode, presenterDigest: room.presenterDigest })
      .pexpire(this.key('r', room.roomId), this.idleMs)
      .set(this.key('seen', room.roomId), '1', 'PX', this.idleMs + ENDED_KEPT_MS)
      .exec();
    return true;
  }

  async lookup(roomId: string): Promise<RoomLookup> {
    const [fields, followers, seen] = await Promise.all([
      this.redis.hgetall(this.key('r', roomId)),
      this.redis.get(this.key('n', roomId)),
      this.redis.exists(this.key('seen', roomId)),
    ]);
    if (fields.joinCode && fields.presenterDigest)
      return {
        status: 'open',
        room: {
          roomId,
          joinCode: fields.joinCode,
          presenterDigest: fields.presenterDigest,
          followers: Number(followers ?? 0),
        },
      };
    return seen ? { status: 'expired' } : { status: 'unknown' };
  }

  async resolveCode(joinCode: string): Promise<string | null> {
    return this.redis.get(this.key('c', joinCode));
  }

  async join(roomId: string, max: number): Promise<boolean> {
    const r = await this.redis.eval(
      JOIN_SCRIPT,
      2,
      this.key('r', roomId),
      this.key('n', roomId),
      max,
      this.idleMs,
    );
    return r === 1;
  }

  async leave(roomId: string): Promise<void> {
    const n = await this.redis.decr(this.key('n', roomId));
    if (n < 0) await this.redis.set(this.key('n', roomId), '0', 'PX', this.idleMs);
  }

  async recordVote(roomId: string, questionId: string, participantId: string): Promise<boolean> {
    const key = this.key('v', roomId);
    const added = await this.redis.sadd(key, JSON.stringify([questionId, participantId]));
    await this.redis.pexpire(key, this.idleMs);
    return added === 1;
  }

  async touch(roomId: string): Promise<void> {
    const code = await this.redis.hget(this.key('r', roomId), 'joinCode');
    if (!code) return;
    const m = this.redis.multi();
    for (const key of [...this.roomKeys(roomId), this.key('c', code)]) m.pexpire(key, this.idleMs);
    m.set(this.key('seen', roomId), '1', 'PX', this.idleMs + ENDED_KEPT_MS);
    await m.exec();
  }

  async sweep(): Promise<string[]> {
    return []; // Redis expires the keys of idle rooms itself
  }

  async loadState(documentName: string): Promise<Uint8Array | null> {
    const state = await this.redis.getBuffer(this.key('s', documentName));
    return state ? new Uint8Array(state) : null;
  }

  async saveState(documentName: string, state: Uint8Array): Promise<void> {
    await this.redis.set(this.key('s', documentName), Buffer.from(state), 'PX', this.idleMs);
  }

  async close(): Promise<void> {
    this.redis.disconnect();
  }
}
