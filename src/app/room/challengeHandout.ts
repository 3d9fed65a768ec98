import { type Challenge, getChallenge } from '../../challenges';
import {
  decodeChallengeLink,
  encodeChallengeLink,
  encodeCustomSolutionLink,
  encodeSolutionLink,
} from '../../challenges/links';
import { startOf } from '../../challenges/startOf';
import type { FaultlineDocument } from '../../model';
import type { RoomHandout } from '../../room/protocol';
import type { ActiveChallenge } from '../challenges/challengeStore';

/** A challenge handout. */
export type ChallengeHandout = Extract<RoomHandout, { kind: 'challenge' }>;

/** The challenge a handout names, with its start and whether it is the campaign's; null when it cannot be opened. */
export function openHandoutChallenge(
  handout: ChallengeHandout,
): { challenge: Challenge; start: FaultlineDocument; builtIn: boolean } | null {
  if (handout.challenge === undefined) {
    const challenge = getChallenge(handout.challengeId);
    return challenge ? { challenge, start: startOf(challenge), builtIn: true } : null;
  }
  const opened = decodeChallengeLink(`#challenge=${handout.challenge}`);
  return opened.ok ? { challenge: opened.challenge, start: opened.start, builtIn: false } : null;
}

/** The handout of a campaign challenge, by id. */
export function campaignHandout(challengeId: string, id: string): ChallengeHandout {
  return { kind: 'challenge', id, challengeId };
}

/** The handout of the challenge the presenter has open: by id when it is the campaign's, whole otherwise. */
export function activeChallengeHandout(
  active: Pick<ActiveChallenge, 'challenge' | 'builtIn'>,
  id: string,
): ChallengeHandout {
  if (active.builtIn) return campaignHandout(active.challenge.id, id);
  const challenge = encodeChallengeLink(active.challenge).slice('#challenge='.length);
  return { kind: 'challenge', id, challengeId: active.challenge.id, challenge };
}

/** The fragment that opens a submitted solution in challenge mode (`#c=<id>&d=…` or `#challenge=…&d=…`). */
export function solutionFragment(
  opened: { challenge: Challenge; builtIn: boolean },
  doc: FaultlineDocument,
): string {
  return opened.builtIn
    ? encodeSolutionLink(opened.challenge.id, doc)
    : encodeCustomSolutionLink(opened.challenge, doc);
}
