import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type PresenterState, ROOM_DOC, ROOM_PATHS, type Vote } from '../src/room/protocol';
import { type RunningRoomServer, startRoomServer } from './roomServer';
import { startRedis } from './testing/redisProcess';
import { connectRoom, createRoom, participantId, type RoomClient, waitForDoc } from './testing/roomClient';

/** Two room servers sharing rooms through a real redis-server. */
describe('two room servers and Redis', () => {
  let redis: Awaited<ReturnType<typeof startRedis>>;
  let a: RunningRoomServer;
  let b: RunningRoomServer;
  const clients: RoomClient[] = [];
  beforeAll(async () => {
    redis = await startRedis();
    a = await startRoomServer({ quiet: true, redisUrl: redis.url, maxParticipants: 2 });
    b = await startRoomServer({ quiet: true, redisUrl: redis.url, maxParticipants: 2 });
  });
  afterAll(async () => {
    for (const c of clients) c.close();
    await a?.close();
    await b?.close();
    await redis?.stop();
  });
  const open = (...args: Parameters<typeof connectRoom>) => {
    const c = connectRoom(...args);
    clients.push(c);
    return c;
  };

  it('lets a follower on B, who joined by code, see the presenter on A, and A see its vote', async () => {
    const room = await createRoom(a.url);
    const resolved = await fetch(`${b.url}${ROOM_PATHS.joinCodePrefix}${room.joinCode}`);
    expect(await resolved.json()).toEqual({ roomId: room.roomId });
    const presenter = open(a.url, room.roomId, room.presenterToken);
    await presenter.ready;
    const follower = open(b.url, room.roomId);
    await follower.ready;
    const map = (c: RoomClient) => c.doc.getMap<PresenterState[keyof PresenterState]>(ROOM_DOC.presenter);
    map(presenter).set('caption', 'Step 2: watch the queue');
    map(presenter).set('clock', { simMs: 4_000, playing: false, speed: 1, wallMs: Date.now() });
    await waitForDoc(follower.doc, () => map(follower).get('caption') === 'Step 2: watch the queue');
    expect(map(follower).get('clock')).toMatchObject({ simMs: 4_000 });

    map(presenter).set('question', {
      id: 'q',
      text: 'What now?',
      choices: ['a', 'b'],
      open: true,
      revealed: false,
    });
    await waitForDoc(follower.doc, () => map(follower).get('question') != null);
    const me = participantId();
    follower.send({ type: 'vote', participantId: me, questionId: 'q', choice: 1 });
    expect(await follower.nextMessage((m) => m.type === 'accepted')).toMatchObject({ of: 'vote' });
    const votes = presenter.doc.getArray<Vote>(ROOM_DOC.votes);
    await waitForDoc(presenter.doc, () => votes.length === 1);
    expect(votes.toArray()).toEqual([{ questionId: 'q', choice: 1 }]);

    // One vote per participant across servers too.
    const again = open(a.url, room.roomId);
    await again.ready;
    again.send({ type: 'vote', participantId: me, questionId: 'q', choice: 0 });
    expect(await again.nextMessage((m) => m.type === 'refused')).toMatchObject({
      error: { code: 'already-voted' },
    });

    // The room size counts followers on both servers: two are in (one on A, one on B).
    const third = open(b.url, room.roomId);
    expect(
      await third.ready.then(
        () => '',
        (e: Error) => e.message,
      ),
    ).toMatch(/^room-full/);
  });
});
