import type { RoomHandout } from '../../room/protocol';
import { handoutChallengeUrl, handoutCopyUrl } from './handoutLink';
import { roomServerOrigin } from './roomApi';

/**
 * "Try it yourself" on a follower's screen: what the presenter handed out, and an editable
 * copy of it in the editor (a new tab), where the follower checks and submits it. A
 * challenge opens in challenge mode, checked by the challenge's own Check.
 */
export function HandoutCard({ handout, roomId }: { handout: RoomHandout; roomId: string }) {
  const target = { roomId, handoutId: handout.id };
  const href =
    handout.kind === 'challenge'
      ? handoutChallengeUrl(roomServerOrigin(), target, handout)
      : handout.document
        ? handoutCopyUrl(roomServerOrigin(), target, handout.document)
        : null;
  return (
    <section className="room-handout" aria-label="Try it yourself">
      <h2>Try it yourself</h2>
      <p>
        {handout.kind === 'fix'
          ? (handout.prompt ?? 'Fix this diagram so that its clients stop failing, then submit it.')
          : `A challenge: meet its goals on your copy, check it, then submit it.`}
      </p>
      {href ? (
        <a className="room-handout__open" href={href} target="_blank" rel="noopener">
          Open my copy
        </a>
      ) : null}
    </section>
  );
}
