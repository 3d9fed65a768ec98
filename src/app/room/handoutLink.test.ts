import { describe, expect, it } from 'vitest';
import { roomParam } from '../routes/roomParam';
import { handoutChallengeUrl, handoutCopyUrl, readSubmitTarget } from './handoutLink';
import { keepPresenterSeat, readPresenterSeat } from './presenterSeat';

const roomId = 'NwhdeYqE9YBEwx5biSWxWz';

describe('the addresses of a room', () => {
  it('`?room=<id>` is a join link, `?room` alone the join page, anything else not a room', () => {
    expect(roomParam(`?room=${roomId}`)).toBe(roomId);
    expect(roomParam('?room')).toBeNull();
    expect(roomParam('?embed')).toBeUndefined();
    expect(roomParam(`?room=${'x'.repeat(500)}`)).toHaveLength(64);
  });

  it('an editable copy opens in the editor as a link, with where to submit it', () => {
    const url = handoutCopyUrl('http://laptop:5180/', { roomId, handoutId: 'fix-abc' }, '2.eJxLTEo');
    expect(url).toBe(`http://laptop:5180/?edit&submit=${roomId}.fix-abc#d=2.eJxLTEo`);
    expect(readSubmitTarget(new URL(url).search)).toEqual({ roomId, handoutId: 'fix-abc' });
    expect(readSubmitTarget('?submit=not-a-room.fix')).toBeNull();
  });

  it('a challenge handed out opens as a challenge link, with where to submit the solution', () => {
    const url = handoutChallengeUrl(
      'http://laptop:5180',
      { roomId, handoutId: 'ch-abc' },
      {
        challengeId: 'survive-redeploy',
      },
    );
    expect(url).toBe(`http://laptop:5180/?edit&submit=${roomId}.ch-abc#c=survive-redeploy`);
    expect(readSubmitTarget(new URL(url).search)).toEqual({ roomId, handoutId: 'ch-abc' });
    const written = handoutChallengeUrl(
      'http://laptop:5180',
      { roomId, handoutId: 'ch-x' },
      {
        challengeId: 'mine',
        challenge: '2.eJxLTEo',
      },
    );
    expect(written).toBe(`http://laptop:5180/?edit&submit=${roomId}.ch-x#challenge=2.eJxLTEo`);
    expect(readSubmitTarget(`?submit=${roomId}.<script>`)).toBeNull();
  });
});

describe("the presenter's seat", () => {
  it('is kept in the tab and read back; a damaged one is no seat', () => {
    const store = new Map<string, string>();
    const storage = {
      getItem: (k: string) => store.get(k) ?? null,
      setItem: (k: string, v: string) => void store.set(k, v),
      removeItem: (k: string) => void store.delete(k),
    } as Storage;
    const seat = { roomId, joinCode: 'AD6AHQ', presenterToken: 'a'.repeat(43) };
    keepPresenterSeat(seat, storage);
    expect(readPresenterSeat(storage)).toEqual(seat);
    store.set('faultline.room.presenter', '{"roomId":"x"}');
    expect(readPresenterSeat(storage)).toBeNull();
    keepPresenterSeat(null, storage);
    expect(readPresenterSeat(storage)).toBeNull();
  });
});
