import { describe, expect, it } from 'vitest';
import {
  errorFromReason,
  JOIN_CODE_ALPHABET,
  joinLink,
  latestSubmissions,
  normalizeJoinCode,
  parseDocumentName,
  presenterStateFrom,
  presenterValueProblem,
  ROOM_LIMITS,
  readToRoomServer,
  reasonFor,
  roomWebSocketUrl,
  tally,
} from './protocol';

describe('the room protocol', () => {
  it('reads join codes as people type them, and refuses look-alike letters', () => {
    const code = JOIN_CODE_ALPHABET.slice(0, 6);
    expect(normalizeJoinCode(` ${code.slice(0, 3).toLowerCase()}-${code.slice(3)} `)).toBe(code);
    expect(normalizeJoinCode('O0I1L5')).toBeNull();
    expect(normalizeJoinCode('ABC')).toBeNull();
  });

  it('names the two documents of a room and reads them back', () => {
    const id = 'AAAAAAAAAAAAAAAAAAAAAA';
    expect(parseDocumentName(id)).toEqual({ roomId: id, part: 'room' });
    expect(parseDocumentName(`${id}.submissions`)).toEqual({ roomId: id, part: 'submissions' });
    expect(parseDocumentName(`${id}.other`)).toBeNull();
    expect(parseDocumentName('short')).toBeNull();
    expect(joinLink('https://room.example/', id)).toBe(`https://room.example/?room=${id}`);
    expect(roomWebSocketUrl('https://room.example')).toBe('wss://room.example/room/ws');
    expect(roomWebSocketUrl('http://localhost:5180')).toBe('ws://localhost:5180/room/ws');
  });

  it('counts votes per choice of one question, without names', () => {
    const q = { id: 'q1', choices: ['a', 'b', 'c'] };
    const votes = [
      { questionId: 'q1', choice: 0 },
      { questionId: 'q1', choice: 2 },
      { questionId: 'q1', choice: 2 },
      { questionId: 'q0', choice: 1 },
      { questionId: 'q1', choice: 9 },
    ];
    expect(tally(votes, q)).toEqual([1, 0, 2]);
  });

  it("keeps each submitter's latest submission", () => {
    const s = (from: string, atMs: number) => ({
      id: `${from}${atMs}`,
      from,
      name: '',
      handoutId: 'h',
      document: '{}',
      atMs,
    });
    expect(latestSubmissions([s('a', 1), s('b', 2), s('a', 3)]).map((x) => x.id)).toEqual(['b2', 'a3']);
  });

  it('accepts the three messages and refuses the rest with a reason', () => {
    const pid = 'abcdefghijklmnop';
    expect(readToRoomServer(JSON.stringify({ type: 'ping', id: 1, clientMs: 5 })).ok).toBe(true);
    expect(
      readToRoomServer(JSON.stringify({ type: 'vote', participantId: pid, questionId: 'q', choice: 1 })).ok,
    ).toBe(true);
    const bad = readToRoomServer(
      JSON.stringify({ type: 'vote', participantId: pid, questionId: 'q', choice: 99 }),
    );
    expect(bad).toMatchObject({ ok: false, error: { code: 'bad-message' } });
    expect(readToRoomServer('not json')).toMatchObject({ ok: false, error: { code: 'bad-message' } });
    expect(readToRoomServer(JSON.stringify({ type: 'edit', anything: 1 }))).toMatchObject({ ok: false });
    const huge = JSON.stringify({
      type: 'submit',
      participantId: pid,
      handoutId: 'h',
      name: '',
      document: 'x'.repeat(ROOM_LIMITS.statelessChars),
    });
    expect(readToRoomServer(huge)).toMatchObject({ ok: false, error: { code: 'too-large' } });
  });

  it('checks what the presenter writes, naming the key', () => {
    expect(presenterValueProblem('caption', 'Watch the queue')).toBeNull();
    expect(presenterValueProblem('clock', { simMs: 1, playing: true, speed: 2, wallMs: 3 })).toBeNull();
    expect(presenterValueProblem('clock', { simMs: -1, playing: true, speed: 2, wallMs: 3 })).toMatch(
      /^clock\.simMs/,
    );
    expect(presenterValueProblem('secret', 1)).toMatch(/not a key/);
    expect(
      presenterValueProblem('question', {
        id: 'q',
        text: 'What?',
        choices: ['only one'],
        open: true,
        revealed: false,
      }),
    ).toMatch(/^question\.choices/);
    // A live fault travels inside the diagram's fault timeline: there is no key of its own.
    expect(presenterValueProblem('liveFaults', [])).toMatch(/not a key/);
    expect(presenterValueProblem('visibleArea', { x: -10, y: 20, width: 800, height: 500 })).toBeNull();
    expect(presenterValueProblem('visibleArea', null)).toBeNull();
    expect(presenterValueProblem('visibleArea', { x: 0, y: 0, width: 0, height: 500 })).toMatch(
      /^visibleArea\.width/,
    );
    expect(presenterValueProblem('visibleArea', { x: 0, y: 0, zoom: 1 })).toMatch(/^visibleArea/);
    expect(
      presenterValueProblem('handout', {
        kind: 'challenge',
        id: 'h1',
        challengeId: 'survive-redeploy',
        challenge: '2.abc',
      }),
    ).toBeNull();
  });

  it('reads the presenter map with defaults for missing keys', () => {
    const state = presenterStateFrom([
      ['caption', 'Step 1'],
      ['secret', 'ignored'],
    ]);
    expect(state.caption).toBe('Step 1');
    expect(state.clock).toEqual({ simMs: 0, playing: false, speed: 1, wallMs: 0 });
    expect(state.question).toBeNull();
    expect('secret' in state).toBe(false);
  });

  it('carries an error code through a connection reason and back', () => {
    expect(errorFromReason(reasonFor('room-full', '500 of 500.'))).toEqual({
      code: 'room-full',
      message: expect.stringMatching(/full.*500 of 500\./),
    });
    expect(errorFromReason('permission-denied')).toBeNull();
  });
});
