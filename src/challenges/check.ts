/**
 * Grading a design (docs/challenges.md): the tamper check, then one engine run per seed,
 * each goal measured on every run, the cost, and the stars. Pure and deterministic: the
 * same challenge and solution always get the same scorecard. The browser runs it in a
 * worker seed by seed (measureSeed, then scoreSeeds); the command line calls checkChallenge.
 */
import type { FaultlineDocument } from '../model';
import { simulate } from '../sim';
import { costOf } from './cost';
import type { Challenge, Goal } from './format';
import { lockedPartsDiffer } from './locked';
import { goalLabel, goalTarget, goalUnit, higherIsBetter, measureGoal, valueText } from './measure';
import type { GoalResult, Scorecard, SeedGoalValue, Stars } from './scorecard';
import { THIRD_STAR_SHARE } from './scorecard';
import { startOf } from './startOf';

/** One seed's run, measured: one value per goal (withinBudget: none, it needs no run). */
export interface SeedMeasure {
  seed: number;
  /** In the challenge's goal order; null for withinBudget. */
  goals: (SeedGoalValue | null)[];
  /** The run's status: "finished", or the limit it stopped at. */
  status: string;
}

export interface CheckOptions {
  /** The seeds to run (default: the challenge's). */
  seeds?: readonly number[];
  /** The challenge's start, parsed (read from the challenge when left out). */
  start?: FaultlineDocument;
}

/** Runs `doc` once with `seed` and measures every goal of the challenge on it. */
export function measureSeed(challenge: Challenge, doc: FaultlineDocument, seed: number): SeedMeasure {
  const report = simulate(doc, { seed, trackTransfers: false });
  return {
    seed,
    status: report.status,
    goals: challenge.goals.map((goal) =>
      goal.kind === 'withinBudget' ? null : measureGoal(goal, report, doc, seed),
    ),
  };
}

/** The worst seed's value of a goal: the lowest success, the highest latency, loss or load. */
function worst(goal: Goal, values: SeedGoalValue[]): SeedGoalValue {
  let out = values[0];
  for (const v of values) if (higherIsBetter(goal) ? v.value < out.value : v.value > out.value) out = v;
  return out;
}

/** Stars for a design that met its goals (or not) at `cost` against `budget`. */
export function starsFor(met: boolean, cost: number, budget: number): Stars {
  if (!met) return 0;
  if (cost > budget) return 1;
  return cost <= THIRD_STAR_SHARE * budget ? 3 : 2;
}

/** The scorecard from every seed's measures (in any order; goal values are per seed). */
export function scoreSeeds(
  challenge: Challenge,
  doc: FaultlineDocument,
  measures: readonly SeedMeasure[],
): Scorecard {
  const cost = costOf(doc);
  const goals: GoalResult[] = challenge.goals.map((goal, i) => {
    const base = {
      goal,
      label: goalLabel(goal, challenge.budget),
      target: goalTarget(goal, challenge.budget),
      unit: goalUnit(goal),
    };
    if (goal.kind === 'withinBudget') {
      const met = cost.total <= challenge.budget;
      return {
        ...base,
        met,
        measured: cost.total,
        measuredText: valueText(goal, cost.total),
        seed: null,
        perSeed: [],
      };
    }
    const perSeed = measures.map((m) => m.goals[i]).filter((v): v is SeedGoalValue => v !== null);
    const shown = worst(goal, perSeed);
    const met = perSeed.every((v) => v.met);
    return {
      ...base,
      met,
      measured: shown.value,
      measuredText: valueText(goal, shown.value),
      seed: shown.seed,
      ...(shown.atMs === undefined ? {} : { atMs: shown.atMs }),
      ...(shown.moment === undefined ? {} : { moment: shown.moment }),
      perSeed,
    };
  });
  const stopped = measures.filter((m) => m.status !== 'finished');
  const notes = stopped.map((m) => `the run with seed ${m.seed} ${m.status}: its goals count as missed`);
  const met = goals.every((g) => g.met) && stopped.length === 0;
  return {
    challengeId: challenge.id,
    verdict: met ? 'passed' : 'missed',
    refusals: [],
    goals,
    cost,
    budget: challenge.budget,
    stars: starsFor(met, cost.total, challenge.budget),
    seeds: measures.map((m) => m.seed),
    notes,
  };
}

/** The scorecard of a solution refused by the tamper check. */
export function refusedScorecard(
  challenge: Challenge,
  doc: FaultlineDocument,
  refusals: string[],
): Scorecard {
  return {
    challengeId: challenge.id,
    verdict: 'refused',
    refusals,
    goals: [],
    cost: costOf(doc),
    budget: challenge.budget,
    stars: 0,
    seeds: [],
    notes: [],
  };
}

/**
 * Checks a solution: refuses it if it changed a locked part, else runs it for every seed and
 * scores it. Every seed must meet every goal; the value shown is the worst seed's.
 */
export function checkChallenge(
  challenge: Challenge,
  doc: FaultlineDocument,
  options: CheckOptions = {},
): Scorecard {
  const start = options.start ?? startOf(challenge);
  const refusals = lockedPartsDiffer(challenge, doc, start);
  if (refusals.length > 0) return refusedScorecard(challenge, doc, refusals);
  const seeds = options.seeds ?? challenge.seeds;
  return scoreSeeds(
    challenge,
    doc,
    seeds.map((seed) => measureSeed(challenge, doc, seed)),
  );
}
