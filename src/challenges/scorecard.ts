/**
 * What a check says (docs/challenges.md, "Scorecard"): each goal met or missed with the
 * measured value, the moment a missed goal broke, the cost and the stars. Plain data: it
 * crosses from the worker to the page and is printed by the command line.
 */
import type { CostBreakdown } from './cost';
import type { Goal } from './format';

/** The unit a goal's value is in. */
export type GoalUnit = 'ratio' | 'ms' | 'messages' | 'dollars';

/** One goal on one seed. */
export interface SeedGoalValue {
  seed: number;
  value: number;
  met: boolean;
  /** Missed: the simulated moment (ms) it broke on this seed, when the series shows one. */
  atMs?: number;
  /** Missed: that moment in words, "client success fell to 41 % at 20 s: payments redeploy". */
  moment?: string;
}

/** One goal over every seed: met only when every seed meets it; the value shown is the worst seed's. */
export interface GoalResult {
  goal: Goal;
  /** "Client success ≥ 99.9 % (all clients)". */
  label: string;
  met: boolean;
  /** The worst seed's value (for withinBudget: the cost). */
  measured: number;
  /** The measured value in words, "97.2 %", "2,310 ms", "$412 per month". */
  measuredText: string;
  /** The goal's threshold, in the same unit. */
  target: number;
  unit: GoalUnit;
  /** The seed whose value is shown (the worst; the first of the worst on a tie); null for withinBudget. */
  seed: number | null;
  /** Missed: when it broke on that seed, in simulated ms: the UI jumps the timeline there. */
  atMs?: number;
  /** Missed: the moment in words. */
  moment?: string;
  perSeed: SeedGoalValue[];
}

/** Stars: 1 goals met, 2 and within budget, 3 and within 70 % of it. */
export type Stars = 0 | 1 | 2 | 3;

/** The share of the budget that earns the third star. */
export const THIRD_STAR_SHARE = 0.7;

/** A check's verdict: goals met, missed, or the solution refused (it changed locked parts, or could not be read). */
export type Verdict = 'passed' | 'missed' | 'refused';

export interface Scorecard {
  challengeId: string;
  verdict: Verdict;
  /** Why the solution was refused (tamper check), one message each; empty otherwise. */
  refusals: string[];
  /** One per goal of the challenge, in its order; empty when refused. */
  goals: GoalResult[];
  cost: CostBreakdown;
  budget: number;
  stars: Stars;
  /** The seeds the design was run with. */
  seeds: number[];
  /** Anything else worth telling (a run that stopped at a limit). */
  notes: string[];
}
