/**
 * The room registry: which rooms exist, their join codes, presenter-token digests, how
 * many followers each has, who voted on what, and the rooms' stored Yjs state. One
 * interface, two homes: the server's memory (`MemoryRegistry`, the default) and Redis
 * (`RedisRegistry`), which several room servers share.
 */

/** A room as the registry knows it. */
export interface RoomRecord {
  roomId: string;
  joinCode: string;
  presenterDigest: string;
  /** Followers connected now (across all servers sharing the registry). */
  followers: number;
}

/** Where a room id leads: the room, or why there is none. */
export type RoomLookup = { status: 'open'; room: RoomRecord } | { status: 'expired' } | { status: 'unknown' };

export interface RoomRegistry {
  /** Whether rooms survive a restart of this server (Redis: yes, while other state lives). */
  readonly persistent: boolean;
  create(room: { roomId: string; joinCode: string; presenterDigest: string }): Promise<boolean>;
  lookup(roomId: string): Promise<RoomLookup>;
  resolveCode(joinCode: string): Promise<string | null>;
  /** Counts one more follower unless the room has `max` already: false when full. */
  join(roomId: string, max: number): Promise<boolean>;
  leave(roomId: string): Promise<void>;
  /** Records that `participantId` voted on `questionId`: false when it had already. */
  recordVote(roomId: string, questionId: string, participantId: string): Promise<boolean>;
  /** Marks the room active now: its idle time starts again. */
  touch(roomId: string): Promise<void>;
  /** The rooms idle for longer than the idle time as of `nowMs`, now ended (memory only; Redis expires keys itself). */
  sweep(nowMs: number): Promise<string[]>;
  loadState(documentName: string): Promise<Uint8Array | null>;
  saveState(documentName: string, state: Uint8Array): Promise<void>;
  close(): Promise<void>;
}

interface MemoryRoom extends RoomRecord {
  lastActiveMs: number;
  votes: Set<string>;
}

/** How many ended room ids the memory registry remembers, to say "expired" rather than "unknown". */
const ENDED_KEPT = 10_000;

/** The in-memory registry: a restart forgets every room. */
export class MemoryRegistry implements RoomRegistry {
  readonly persistent = false;
  private readonly rooms = new Map<string, MemoryRoom>();
  private readonly codes = new Map<string, string>();
  private readonly ended = new Set<string>();
  private readonly states = new Map<string, Uint8Array>();

  constructor(
    private readonly idleMs: number,
    private readonly now: () => number,
  ) {}

  async create(room: { roomId: string; joinCode: string; presenterDigest: string }): Promise<boolean> {
    if (this.rooms.has(room.roomId) || this.codes.has(room.joinCode)) return false;
    this.rooms.set(room.roomId, { ...room, followers: 0, lastActiveMs: this.now(), votes: new Set() });
    this.codes.set(room.joinCode, room.roomId);
    return true;
  }

  async lookup(roomId: string): Promise<RoomLookup> {
    const room = this.rooms.get(roomId);
    if (room) return { status: 'open', room: { ...room } };
    return this.ended.has(roomId) ? { status: 'expired' } : { status: 'unknown' };
  }

  async resolveCode(joinCode: string): Promise<string | null> {
    return this.codes.get(joinCode) ?? null;
  }

  async join(roomId: string, max: number): Promise<boolean> {
    const room = this.rooms.get(roomId);
    if (!room || room.followers >= max) return false;
    room.followers += 1;
    room.lastActiveMs = this.now();
    return true;
  }

  async leave(roomId: string): Promise<void> {
    const room = this.rooms.get(roomId);
    if (!room) return;
    room.followers = Math.max(0, room.followers - 1);
    room.lastActiveMs = this.now();
  }

  async recordVote(roomId: string, questionId: string, participantId: string): Promise<boolean> {
    const room = this.rooms.get(roomId);
    if (!room) return false;
    const key = JSON.stringify([questionId, participantId]);
    if (room.votes.has(key)) return false;
    room.votes.add(key);
    return true;
  }

  async touch(roomId: string): Promise<void> {
    const room = this.rooms.get(roomId);
    if (room) room.lastActiveMs = this.now();
  }

  async sweep(nowMs: number): Promise<string[]> {
    const ended: string[] = [];
    for (const room of this.rooms.values())
      if (nowMs - room.lastActiveMs > this.idleMs) {
        ended.push(room.roomId);
        this.rooms.delete(room.roomId);
        this.codes.delete(room.joinCode);
        for (const name of [...this.states.keys()])
          if (name === room.roomId || name.startsWith(`${room.roomId}.`)) this.states.delete(name);
        if (this.ended.size >= ENDED_KEPT) this.ended.delete(this.ended.values().next().value as string);
        this.ended.add(room.roomId);
      }
    return ended;
  }

  async loadState(documentName: string): Promise<Uint8Array | null> {
    return this.states.get(documentName) ?? null;
  }

  async saveState(documentName: string, state: Uint8Array): Promise<void> {
    this.states.set(documentName, state);
  }

  async close(): Promise<void> {}
}
