import type { RoomHandout } from '../../room/protocol';
import { handoutCopyUrl } from './handoutLink';
import { roomServerOrigin } from './roomApi';

/**
 * "Try it yourself" on a follower's screen: what the presenter handed out, and an editable
 * copy of it in the editor (a new tab), where the follower checks and submits it.
 */
export function HandoutCard({ handout, roomId }: { handout: RoomHandout; roomId: string }) {
  const document = handout.document ?? null;
  return (
    <section className="room-handout" aria-label="Try it yourself">
      <h2>Try it yourself</h2>
      <p>
        {handout.kind === 'fix'
          ? (handout.prompt ?? 'Fix this diagram so that its clients stop failing, then submit it.')
          : `Challenge ${handout.challengeId}: solve it on your copy, then submit it.`}
      </p>
      {document ? (
        <a
          className="room-handout__open"
          href={handoutCopyUrl(roomServerOrigin(), { roomId, handoutId: handout.id }, document)}
          target="_blank"
          rel="noopener"
        >
          Open my copy
        </a>
      ) : null}
    </section>
  );
}
