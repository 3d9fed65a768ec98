import { describe, expect, it } from 'vitest';
import { CAMPAIGN } from '../../challenges';
import { startOf } from '../../challenges/startOf';
import { activeChallengeHandout, openHandoutChallenge, solutionFragment } from './challengeHandout';

describe('challenge handouts', () => {
  const first = CAMPAIGN[0];

  it('a campaign challenge goes by id; one a teacher wrote goes whole and opens again', () => {
    expect(activeChallengeHandout({ challenge: first, builtIn: true }, 'h1')).toEqual({
      kind: 'challenge',
      id: 'h1',
      challengeId: first.id,
    });
    const written = { ...first, id: 'my-own', title: 'My own' };
    const handout = activeChallengeHandout({ challenge: written, builtIn: false }, 'h2');
    expect(handout.challengeId).toBe('my-own');
    const opened = openHandoutChallenge(handout);
    expect(opened?.builtIn).toBe(false);
    expect(opened?.challenge.title).toBe('My own');
    expect(openHandoutChallenge({ kind: 'challenge', id: 'h3', challengeId: 'no-such' })).toBeNull();
  });

  it('a submitted solution opens as a solution link', () => {
    const opened = openHandoutChallenge({ kind: 'challenge', id: 'h1', challengeId: first.id });
    expect(opened).not.toBeNull();
    if (!opened) return;
    expect(solutionFragment(opened, startOf(first))).toMatch(new RegExp(`^#c=${first.id}&d=2\\.`));
  });
});
