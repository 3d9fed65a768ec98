/**
 * Challenges (docs/challenges.md): a locked starting diagram, what the learner may change,
 * goals the engine measures over several seeds, a price list and stars. Pure TypeScript:
 * the page runs it in a worker, the command line directly.
 */
export { CAMPAIGN, getChallenge } from './campaign';
export {
  type CheckOptions,
  checkChallenge,
  measureSeed,
  refusedScorecard,
  type SeedMeasure,
  scoreSeeds,
  starsFor,
} from './check';
export {
  type CostBreakdown,
  type CostLine,
  costOf,
  formatCost,
  HOURS_PER_MONTH,
  nodeCost,
  PRICES,
} from './cost';
export { designChanged } from './designChanged';
export {
  type Allowed,
  ASYNC_EDGE,
  allowedSchema,
  type Challenge,
  type ChallengeInput,
  challengeSchema,
  DIFFICULTIES,
  type Difficulty,
  defineChallenge,
  type Goal,
  type GoalKind,
  goalSchema,
  MAX_SEEDS,
  MIN_SEEDS,
  REPLACE_EDGE,
} from './format';
export {
  type ChallengeLinkFailure,
  type ChallengeLinkResult,
  type ChallengeLinkSuccess,
  decodeChallengeLink,
  encodeChallengeLink,
  encodeCustomSolutionLink,
  encodeSolutionLink,
  isChallengeFragment,
} from './links';
export { lockedPartsDiffer } from './locked';
export { type ChallengeLocks, challengeLocks } from './locks';
export { goalLabel, valueText } from './measure';
export { edgeParamNames, isFreed, nodeParamNames } from './paramNames';
export {
  type ChallengeFailure,
  type ChallengeResult,
  type ParsedChallenge,
  parseChallenge,
} from './parseChallenge';
export type { GoalResult, GoalUnit, Scorecard, SeedGoalValue, Stars, Verdict } from './scorecard';
export { THIRD_STAR_SHARE } from './scorecard';
export { startOf } from './startOf';
