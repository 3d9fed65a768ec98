import { setTimeout as sleep } from 'node:timers/promises';
import * as encoding from 'lib0/encoding';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { CAMPAIGN } from '../src/challenges/campaign';
import { encodeChallengeLink } from '../src/challenges/links';
import {
  type CreateRoomResponse,
  errorFromReason,
  type PresenterState,
  ROOM_DOC,
  ROOM_PATHS,
  type RoomQuestion,
  SUBMISSIONS_DOC,
  submissionsDocumentName,
  type Vote,
} from '../src/room/protocol';
import { type RoomServerOptions, type RunningRoomServer, startRoomServer } from './roomServer';
import { exampleLink } from './testing/documents';
import { rawClient } from './testing/rawClient';
import { connectRoom, createRoom, participantId, type RoomClient, waitForDoc } from './testing/roomClient';

const servers: RunningRoomServer[] = [];
const clients: RoomClient[] = [];
afterEach(async () => {
  for (const c of clients.splice(0)) c.close();
  for (const s of servers.splice(0)) await s.close();
});

async function server(options: RoomServerOptions = {}): Promise<RunningRoomServer> {
  const s = await startRoomServer({ quiet: true, ...options });
  servers.push(s);
  return s;
}
function client(...args: Parameters<typeof connectRoom>): RoomClient {
  const c = connectRoom(...args);
  clients.push(c);
  return c;
}
async function presenterAndRoom(
  s: RunningRoomServer,
): Promise<{ room: CreateRoomResponse; presenter: RoomClient }> {
  const room = await createRoom(s.url);
  const presenter = client(s.url, room.roomId, room.presenterToken);
  await presenter.ready;
  return { room, presenter };
}
const presenterMap = (c: RoomClient) =>
  c.doc.getMap<PresenterState[keyof PresenterState]>(ROOM_DOC.presenter);
const question: RoomQuestion = {
  id: 'q1',
  text: 'Payments is being redeployed. What happens to orders?',
  choices: ['They fail', 'They wait in the queue', 'Nothing'],
  open: true,
  revealed: false,
};

describe('the room server', () => {
  it("sends the presenter's writes to followers, including one who joins late", async () => {
    const s = await server();
    const { room, presenter } = await presenterAndRoom(s);
    const follower = client(s.url, room.roomId);
    await follower.ready;
    presenterMap(presenter).set('document', exampleLink());
    presenterMap(presenter).set('clock', { simMs: 1_500, playing: true, speed: 2, wallMs: Date.now() });
    await waitForDoc(
      follower.doc,
      () => (presenterMap(follower).get('clock') as { simMs: number })?.simMs === 1_500,
    );
    expect(presenterMap(follower).get('document')).toBe(exampleLink());
    const late = client(s.url, room.roomId);
    await late.ready;
    expect(presenterMap(late).get('clock')).toMatchObject({ simMs: 1_500, playing: true });
  });

  it('keeps the room when the presenter reconnects, even after everyone left and the document unloaded', async () => {
    const s = await server();
    const { room, presenter } = await presenterAndRoom(s);
    presenterMap(presenter).set('caption', 'before the wifi dropped');
    presenterMap(presenter).set('step', 3);
    await sleep(100);
    presenter.close();
    await sleep(300);
    expect(s.hocuspocus.documents.has(room.roomId)).toBe(false);
    const back = client(s.url, room.roomId, room.presenterToken);
    await back.ready;
    expect(presenterMap(back).get('caption')).toBe('before the wifi dropped');
    expect(presenterMap(back).get('step')).toBe(3);
    presenterMap(back).set('step', 4);
    const follower = client(s.url, room.roomId);
    await follower.ready;
    await waitForDoc(follower.doc, () => presenterMap(follower).get('step') === 4);
  });

  it('ignores changes from a follower, through its provider or a hand-made update', async () => {
    const s = await server();
    const { room, presenter } = await presenterAndRoom(s);
    presenterMap(presenter).set('caption', 'the presenter wrote this');
    const follower = client(s.url, room.roomId);
    await follower.ready;
    await waitForDoc(
      follower.doc,
      () => presenterMap(follower).get('caption') === 'the presenter wrote this',
    );
    // Through the provider: the follower edits its own copy.
    presenterMap(follower).set('caption', 'hijacked');
    // By hand: a crafted update sent on a raw connection.
    const forged = new Y.Doc();
    forged.getMap(ROOM_DOC.presenter).set('caption', 'forged');
    forged.getArray(ROOM_DOC.votes).push([{ questionId: 'q1', choice: 0 }]);
    const raw = await rawClient(s.url, room.roomId, 'follower');
    await sleep(100);
    raw.sendUpdate(Y.encodeStateAsUpdate(forged));
    const bystander = client(s.url, room.roomId);
    await bystander.ready;
    await sleep(300);
    const serverDoc = s.hocuspocus.documents.get(room.roomId)!;
    expect(serverDoc.getMap(ROOM_DOC.presenter).get('caption')).toBe('the presenter wrote this');
    expect(serverDoc.getArray(ROOM_DOC.votes).length).toBe(0);
    expect(presenterMap(presenter).get('caption')).toBe('the presenter wrote this');
    expect(presenterMap(bystander).get('caption')).toBe('the presenter wrote this');
    raw.close();
  });

  it('counts a vote once per participant and question, without names', async () => {
    const s = await server();
    const { room, presenter } = await presenterAndRoom(s);
    presenterMap(presenter).set('question', question);
    const follower = client(s.url, room.roomId);
    await follower.ready;
    await waitForDoc(follower.doc, () => presenterMap(follower).get('question') != null);
    const me = participantId();
    follower.send({ type: 'vote', participantId: me, questionId: 'q1', choice: 1 });
    expect(await follower.nextMessage((m) => m.type !== 'pong')).toEqual({
      type: 'accepted',
      of: 'vote',
      ref: 'q1',
    });
    follower.send({ type: 'vote', participantId: me, questionId: 'q1', choice: 2 });
    const again = await follower.nextMessage((m) => m.type === 'refused');
    expect(again).toMatchObject({ of: 'vote', error: { code: 'already-voted' } });
    // The same participant on a new connection is still one voter.
    const reconnected = client(s.url, room.roomId);
    await reconnected.ready;
    reconnected.send({ type: 'vote', participantId: me, questionId: 'q1', choice: 0 });
    expect(await reconnected.nextMessage((m) => m.type === 'refused')).toMatchObject({
      error: { code: 'already-voted' },
    });
    // A question that is not open takes no votes.
    reconnected.send({ type: 'vote', participantId: participantId(), questionId: 'q0', choice: 0 });
    expect(await reconnected.nextMessage((m) => m.type === 'refused')).toMatchObject({
      error: { code: 'question-closed' },
    });
    const votes = presenter.doc.getArray<Vote>(ROOM_DOC.votes);
    await waitForDoc(presenter.doc, () => votes.length === 1);
    expect(votes.toArray()).toEqual([{ questionId: 'q1', choice: 1 }]);
  });

  it('refuses oversize and too frequent messages', async () => {
    const s = await server({ limits: { statelessBurst: 3, statelessPerSecond: 0.001 } });
    const { room } = await presenterAndRoom(s);
    const follower = client(s.url, room.roomId);
    await follower.ready;
    follower.provider.sendStateless('x'.repeat(300 * 1024));
    expect(await follower.nextMessage((m) => m.type === 'refused')).toMatchObject({
      error: { code: 'too-large' },
    });
    follower.send({ type: 'ping', id: 1, clientMs: 0 });
    follower.send({ type: 'ping', id: 2, clientMs: 0 });
    follower.send({ type: 'ping', id: 3, clientMs: 0 });
    expect(await follower.nextMessage((m) => m.type === 'refused')).toMatchObject({
      error: { code: 'rate-limited' },
    });
    expect(follower.received.filter((m) => m.type === 'pong')).toHaveLength(2);
    // A WebSocket frame over the cap ends that connection and nothing else.
    const raw = await rawClient(s.url, room.roomId, 'follower');
    raw.sendBytes(new Uint8Array(2 * 1024 * 1024));
    await raw.closed;
    follower.send({ type: 'ping', id: 4, clientMs: 0 });
  });

  it('relays nothing a follower sends to the room: no broadcasts, and presence capped in size and rate', async () => {
    const s = await server();
    const { room } = await presenterAndRoom(s);
    const follower = client(s.url, room.roomId);
    await follower.ready;
    const raw = await rawClient(s.url, room.roomId, 'follower');
    await sleep(100);
    // Hocuspocus's "broadcast stateless" (6) would reach every connection of the room.
    const fake = JSON.stringify({ type: 'accepted', of: 'vote', ref: 'forged' });
    raw.sendMessage(6, (e) => encoding.writeVarString(e, fake));
    // Presence (1) far over the size cap, then many small updates in a burst.
    const presence = (clientId: number, clock: number, state: unknown) =>
      raw.sendMessage(1, (e) => {
        const update = encoding.createEncoder();
        encoding.writeVarUint(update, 1);
        encoding.writeVarUint(update, clientId);
        encoding.writeVarUint(update, clock);
        encoding.writeVarString(update, JSON.stringify(state));
        encoding.writeVarUint8Array(e, encoding.toUint8Array(update));
      });
    presence(111, 1, { name: 'x'.repeat(10_000) });
    for (let clock = 1; clock <= 40; clock++) presence(222, clock, { n: clock });
    await sleep(300);
    expect(follower.received).toEqual([]);
    const awareness = s.hocuspocus.documents.get(room.roomId)!.awareness;
    expect(awareness.getStates().has(111)).toBe(false);
    const accepted = awareness.meta.get(222)?.clock ?? 0;
    expect(accepted).toBeGreaterThan(0);
    expect(accepted).toBeLessThanOrEqual(12);
    raw.close();
  });

  it('answers pings with the server time, for the clock offset', async () => {
    const s = await server();
    const { room } = await presenterAndRoom(s);
    const follower = client(s.url, room.roomId);
    await follower.ready;
    const before = Date.now();
    follower.send({ type: 'ping', id: 7, clientMs: before });
    const pong = await follower.nextMessage((m) => m.type === 'pong');
    expect(pong).toMatchObject({ id: 7, clientMs: before });
    expect((pong as { serverMs: number }).serverMs).toBeGreaterThanOrEqual(before);
  });

  it('refuses a follower over the room size with a clear reason, and lets one in when another leaves', async () => {
    const s = await server({ maxParticipants: 2 });
    const { room } = await presenterAndRoom(s);
    const a = client(s.url, room.roomId);
    const b = client(s.url, room.roomId);
    await Promise.all([a.ready, b.ready]);
    const c = client(s.url, room.roomId);
    const refused = await c.ready.then(
      () => null,
      (e: Error) => e.message,
    );
    expect(errorFromReason(refused ?? '')).toMatchObject({ code: 'room-full', message: /full/ });
    a.close();
    await sleep(200);
    const d = client(s.url, room.roomId);
    await d.ready;
  });

  it('ends an idle room and says so; an unknown room after a restart says the server restarted', async () => {
    const s = await server({ idleMs: 300, sweepIntervalMs: 50 });
    const { room, presenter } = await presenterAndRoom(s);
    presenter.close();
    await sleep(700);
    const info = await fetch(`${s.url}${ROOM_PATHS.roomInfoPrefix}${room.roomId}`);
    expect(info.status).toBe(410);
    expect(await info.json()).toMatchObject({ error: { code: 'room-expired' } });
    const late = client(s.url, room.roomId);
    expect(
      await late.ready.then(
        () => '',
        (e: Error) => e.message,
      ),
    ).toBe('room-expired');
    // A fresh server (a restart) knows nothing of the room.
    const restarted = await server();
    const lost = client(restarted.url, room.roomId);
    const reason = await lost.ready.then(
      () => '',
      (e: Error) => e.message,
    );
    expect(errorFromReason(reason)).toMatchObject({ code: 'server-restarted', message: /server restarted/ });
  });

  it('resolves join codes as people type them, and limits lookups', async () => {
    const s = await server({ limits: { lookupsPerMinute: 3 } });
    const room = await createRoom(s.url);
    expect(room.roomId).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(room.presenterToken).not.toContain(room.roomId);
    const typed = `${room.joinCode.slice(0, 3).toLowerCase()}-${room.joinCode.slice(3)}`;
    const found = await fetch(`${s.url}${ROOM_PATHS.joinCodePrefix}${typed}`);
    expect(await found.json()).toEqual({ roomId: room.roomId });
    const unknown = await fetch(`${s.url}${ROOM_PATHS.joinCodePrefix}AAAAAA`);
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toMatchObject({ error: { code: 'unknown-code' } });
    await fetch(`${s.url}${ROOM_PATHS.joinCodePrefix}AAAAAA`);
    const limited = await fetch(`${s.url}${ROOM_PATHS.joinCodePrefix}${room.joinCode}`);
    expect(limited.status).toBe(429);
  });

  it('passes submissions through the decoder to the presenter only', async () => {
    const s = await server({ limits: { submitIntervalMs: 60_000 } });
    const { room, presenter } = await presenterAndRoom(s);
    presenterMap(presenter).set('handout', { kind: 'fix', id: 'h1', document: exampleLink() });
    const board = client(s.url, submissionsDocumentName(room.roomId), room.presenterToken);
    await board.ready;
    const follower = client(s.url, room.roomId);
    await follower.ready;
    await waitForDoc(follower.doc, () => presenterMap(follower).get('handout') != null);
    const me = participantId();
    follower.send({
      type: 'submit',
      participantId: me,
      handoutId: 'h1',
      name: 'Ada',
      document: '{"version": 3}',
    });
    const refused = await follower.nextMessage((m) => m.type === 'refused');
    expect(refused).toMatchObject({ of: 'submit', error: { code: 'bad-document' } });
    follower.send({
      type: 'submit',
      participantId: me,
      handoutId: 'h1',
      name: 'Ada',
      document: exampleLink(),
    });
    expect(await follower.nextMessage((m) => m.type === 'accepted')).toMatchObject({ of: 'submit' });
    const submissions = board.doc.getArray(SUBMISSIONS_DOC.submissions);
    await waitForDoc(board.doc, () => submissions.length === 1);
    expect(submissions.get(0)).toMatchObject({
      from: me,
      name: 'Ada',
      handoutId: 'h1',
      document: exampleLink(),
    });
    follower.send({
      type: 'submit',
      participantId: me,
      handoutId: 'h1',
      name: 'Ada',
      document: exampleLink(),
    });
    expect(await follower.nextMessage((m) => m.type === 'refused')).toMatchObject({
      error: { code: 'rate-limited' },
    });
    // A follower cannot open the submissions.
    const peek = client(s.url, submissionsDocumentName(room.roomId));
    expect(
      await peek.ready.then(
        () => '',
        (e: Error) => e.message,
      ),
    ).toMatch(/^not-presenter/);
    expect(peek.doc.getArray(SUBMISSIONS_DOC.submissions).length).toBe(0);
  });

  it("refuses a presenter's diagram the decoder refuses, and values outside the layout", async () => {
    const s = await server();
    const room = await createRoom(s.url);
    const raw = await rawClient(s.url, room.roomId, room.presenterToken);
    await sleep(100);
    const bad = new Y.Doc();
    bad.getMap(ROOM_DOC.presenter).set('document', '{"not": "a diagram"}');
    raw.sendUpdate(Y.encodeStateAsUpdate(bad));
    await sleep(200);
    const serverDoc = s.hocuspocus.documents.get(room.roomId);
    expect(serverDoc?.getMap(ROOM_DOC.presenter).get('document')).toBeUndefined();
    raw.close();
    const presenter = client(s.url, room.roomId, room.presenterToken);
    await presenter.ready;
    presenterMap(presenter).set('caption', 'fine');
    await sleep(200);
    expect(s.hocuspocus.documents.get(room.roomId)?.getMap(ROOM_DOC.presenter).get('caption')).toBe('fine');
    const wrongToken = client(s.url, room.roomId, 'x'.repeat(43));
    expect(
      await wrongToken.ready.then(
        () => '',
        (e: Error) => e.message,
      ),
    ).toMatch(/^not-presenter/);
  });

  it('hands out a challenge of the campaign (or one written whole), refuses one that names no challenge, and takes its solutions', async () => {
    const s = await server();
    const room = await createRoom(s.url);
    const raw = await rawClient(s.url, room.roomId, room.presenterToken);
    await sleep(100);
    const handoutOnServer = () =>
      s.hocuspocus.documents.get(room.roomId)?.getMap(ROOM_DOC.presenter).get('handout');
    const unknown = new Y.Doc();
    unknown
      .getMap(ROOM_DOC.presenter)
      .set('handout', { kind: 'challenge', id: 'c1', challengeId: 'no-such-level' });
    raw.sendUpdate(Y.encodeStateAsUpdate(unknown));
    await sleep(200);
    expect(handoutOnServer()).toBeUndefined();
    raw.close();
    const written = new Y.Doc();
    written
      .getMap(ROOM_DOC.presenter)
      .set('handout', { kind: 'challenge', id: 'c2', challengeId: 'mine', challenge: '2.not-a-challenge' });
    const raw2 = await rawClient(s.url, room.roomId, room.presenterToken);
    await sleep(100);
    raw2.sendUpdate(Y.encodeStateAsUpdate(written));
    await sleep(200);
    expect(handoutOnServer()).toBeUndefined();
    raw2.close();

    const presenter = client(s.url, room.roomId, room.presenterToken);
    await presenter.ready;
    presenterMap(presenter).set('handout', { kind: 'challenge', id: 'c3', challengeId: 'survive-redeploy' });
    await sleep(200);
    expect(handoutOnServer()).toMatchObject({ kind: 'challenge', challengeId: 'survive-redeploy' });
    // A challenge a teacher wrote travels whole, and must carry the id it names.
    const mine = encodeChallengeLink({ ...CAMPAIGN[0], id: 'mine' }).slice('#challenge='.length);
    presenterMap(presenter).set('handout', {
      kind: 'challenge',
      id: 'c4',
      challengeId: 'mine',
      challenge: mine,
    });
    await sleep(200);
    expect(handoutOnServer()).toMatchObject({ kind: 'challenge', id: 'c4', challengeId: 'mine' });
    presenterMap(presenter).set('handout', { kind: 'challenge', id: 'c3', challengeId: 'survive-redeploy' });
    await sleep(200);
    expect(handoutOnServer()).toMatchObject({ id: 'c3' });
    const follower = client(s.url, room.roomId);
    await follower.ready;
    await waitForDoc(follower.doc, () => presenterMap(follower).get('handout') != null);
    follower.send({
      type: 'submit',
      participantId: participantId(),
      handoutId: 'c3',
      name: '',
      document: exampleLink(),
    });
    expect(await follower.nextMessage((m) => m.type === 'accepted')).toMatchObject({ of: 'submit' });
  });
});
