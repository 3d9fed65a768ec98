/**
 * The campaign: the built-in challenges, easiest first (docs/challenges.md lists them).
 * Each one's reference solution is in referenceSolutions.ts; campaign.test.ts proves the
 * start misses its goals and the reference meets them.
 */
import type { Challenge } from '../format';
import { surviveRedeploy } from './surviveRedeploy';

/** Every built-in challenge, in the order they are played. */
export const CAMPAIGN: readonly Challenge[] = [surviveRedeploy];

const byId = new Map(CAMPAIGN.map((c) => [c.id, c]));

/** The built-in challenge with this id, or undefined. */
export function getChallenge(id: string): Challenge | undefined {
  return byId.get(id);
}
