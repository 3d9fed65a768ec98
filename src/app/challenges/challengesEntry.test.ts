import { describe, expect, it } from 'vitest';
import { isChallengeFragment } from '../../challenges';
import { isChallengeLinkFragment } from './ChallengesEntry';

describe('the first visit’s test for a challenge link', () => {
  it('agrees with the challenge code’s own', () => {
    for (const hash of [
      '#c=survive-redeploy',
      '#C=x&d=2.abc',
      '#challenge=2.abc',
      '#Challenge=2.abc&d=2.x',
      '#d=2.abc',
      '#',
      '',
      '#top',
      '#cx=1',
      '#compare',
    ])
      expect(isChallengeLinkFragment(hash), hash).toBe(isChallengeFragment(hash));
  });
});
