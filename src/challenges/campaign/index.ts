/**
 * The campaign: the built-in challenges, easiest first (docs/challenges.md lists them).
 * Each one's reference solution is in referenceSolutions.ts; campaign.test.ts proves the
 * start misses its goals and the reference meets them.
 */
import type { Challenge } from '../format';
import { breaker } from './breaker';
import { bulkhead } from './bulkhead';
import { deadlines } from './deadlines';
import { deathSpiral } from './deathSpiral';
import { failFast } from './failFast';
import { fanOutSlow } from './fanOutSlow';
import { poison } from './poison';
import { rateLimit } from './rateLimit';
import { retriesMultiply } from './retriesMultiply';
import { rollingInstances } from './rollingInstances';
import { shedSurge } from './shedSurge';
import { stormOnABudget } from './stormOnABudget';
import { surviveRedeploy } from './surviveRedeploy';

/** Every built-in challenge, in the order they are played. */
export const CAMPAIGN: readonly Challenge[] = [
  surviveRedeploy,
  failFast,
  rollingInstances,
  retriesMultiply,
  breaker,
  bulkhead,
  poison,
  rateLimit,
  fanOutSlow,
  shedSurge,
  deathSpiral,
  deadlines,
  stormOnABudget,
];

const byId = new Map(CAMPAIGN.map((c) => [c.id, c]));

/** The built-in challenge with this id, or undefined. */
export function getChallenge(id: string): Challenge | undefined {
  return byId.get(id);
}
