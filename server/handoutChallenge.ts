import { getChallenge } from '../src/challenges/campaign';
import { decodeChallengeLink } from '../src/challenges/links';
import type { RoomErrorCode, RoomHandout } from '../src/room/protocol';

/**
 * The problem with a challenge handed out in a room, or null: it must name one of the
 * campaign's challenges, or carry a written challenge that opens (the challenge schema, its
 * start through the one decoder) and whose id it names.
 */
export function challengeHandoutProblem(
  handout: Extract<RoomHandout, { kind: 'challenge' }>,
): { code: Extract<RoomErrorCode, 'bad-state' | 'bad-document'>; detail: string } | null {
  if (handout.challenge === undefined)
    return getChallenge(handout.challengeId)
      ? null
      : {
          code: 'bad-state',
          detail: `handout.challengeId: there is no challenge "${handout.challengeId}" in this version of Faultline`,
        };
  const opened = decodeChallengeLink(`#challenge=${handout.challenge}`);
  if (!opened.ok)
    return { code: 'bad-document', detail: `The room's challenge cannot be opened. ${opened.message}` };
  if (opened.challenge.id !== handout.challengeId)
    return {
      code: 'bad-state',
      detail: `handout.challengeId: "${handout.challengeId}" is not the id of the challenge it carries ("${opened.challenge.id}")`,
    };
  return null;
}
