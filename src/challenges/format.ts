/**
 * The challenge format (docs/challenges.md, "Format"): a starting diagram whose traffic,
 * fault timeline, nodes, edges and parameters are locked except where `allowed` frees them,
 * goals the engine measures over several seeds, a monthly budget, hints and a debrief.
 *
 * Node kinds and parameter names are checked against the model's own declarations
 * (src/model/kinds.ts, src/model/params/), so a new kind or parameter slots in by name.
 */
import { z } from 'zod';
import type { StoredDocument } from '../model';
import { identifier, numberIn, text } from '../model/fields';
import { NODE_KINDS, type NodeKind } from '../model/kinds';
import { LIMITS } from '../model/limits';

/** Fewest seeds a challenge is checked with: one lucky seed must not pass a design. */
export const MIN_SEEDS = 5;
/** Most seeds: a check must stay well under two seconds in the browser. */
export const MAX_SEEDS = 12;
/** The name in `allowed.edges[id]` that lets the learner turn the edge async (replace it by a path through a queue). */
export const ASYNC_EDGE = 'async';
/**
 * The name in `allowed.edges[id]` that lets the learner replace the edge by a path through
 * nodes they add (a bulkhead in front of a dependency): the edge may go.
 */
export const REPLACE_EDGE = 'replace';

/** Levels, easiest first. */
export const DIFFICULTIES = ['easy', 'medium', 'hard', 'expert'] as const;
export type Difficulty = (typeof DIFFICULTIES)[number];

const ratio = () => numberIn(0, 1);
const ms = () => numberIn(0, LIMITS.durationMs, 'ms');

/**
 * What the engine must show on every seed. A client goal without `client` applies to all
 * clients together (their sums; for p99s, the worst client).
 */
export const goalSchema = z.discriminatedUnion(
  'kind',
  [
    /** ok ÷ (ok + failed) of the client's requests over the run is at least `min`. */
    z.strictObject({ kind: z.literal('clientSuccess'), client: identifier().optional(), min: ratio() }),
    /** The client's reply latency p99 over the run is at most `maxMs`. */
    z.strictObject({ kind: z.literal('replyP99'), client: identifier().optional(), maxMs: ms() }),
    /** The client's completion p99 (accepted → every message processed) is at most `maxMs`. */
    z.strictObject({ kind: z.literal('completionP99'), client: identifier().optional(), maxMs: ms() }),
    /** No message dead-lettered or expired in any queue, beyond the allowances. */
    z.strictObject({
      kind: z.literal('nothingLost'),
      allowDeadLettered: z.number().int().min(0).max(LIMITS.queueCapacity).default(0),
      allowExpired: z.number().int().min(0).max(LIMITS.queueCapacity).default(0),
    }),
    /** The node's busy fraction stays at most `max` in every second of the run. */
    z.strictObject({ kind: z.literal('utilisation'), node: identifier(), max: ratio() }),
    /** The design's monthly cost (cost.ts) is within the challenge's budget. */
    z.strictObject({ kind: z.literal('withinBudget') }),
  ],
  {
    error:
      'kind must be one of clientSuccess, replyP99, completionP99, nothingLost, utilisation, withinBudget',
  },
);
export type Goal = z.output<typeof goalSchema>;
export type GoalKind = Goal['kind'];

/** What the learner may change; everything else of the starting diagram is locked. */
export const allowedSchema = z.strictObject({
  /** Node kinds the learner may add (never "client": the traffic is locked). */
  addKinds: z.array(z.enum(NODE_KINDS, { error: `must be one of ${NODE_KINDS.join(', ')}` })).default([]),
  /**
   * Per node id of the start, the parameters the learner may edit: a name ("workers"), a
   * nested one ("serviceTime.meanMs"), or a whole set ("retry").
   */
  params: z.record(identifier(), z.array(z.string().max(128)).max(64)).default({}),
  /**
   * Per edge id of the start, what the learner may edit: parameter names as above, "async"
   * to turn the edge into a path through a queue, "replace" to route it through added nodes
   * (with either, the edge may go).
   */
  edges: z.record(identifier(), z.array(z.string().max(128)).max(64)).default({}),
});
export type Allowed = z.output<typeof allowedSchema>;

/** A challenge as written (the start still as a stored document: its defaults may be left out). */
export const challengeSchema = z.strictObject({
  id: identifier(),
  title: text(LIMITS.titleLength),
  difficulty: z.enum(DIFFICULTIES, { error: `must be one of ${DIFFICULTIES.join(', ')}` }),
  /** What to do, for the learner: shown with the start. */
  brief: text(LIMITS.textLength, 'multi'),
  /** The starting diagram; read through the one parser (parseDocument / decode), not this schema. */
  start: z.record(z.string(), z.unknown()),
  allowed: allowedSchema.prefault({}),
  goals: z.array(goalSchema).min(1, { error: 'needs at least one goal' }).max(20),
  /** Dollars per month (cost.ts); the second and third stars are measured against it. */
  budget: numberIn(0, 1_000_000, '$'),
  hints: z.array(text(LIMITS.textLength, 'multi')).max(10).default([]),
  /** Shown on success: what the design shows. */
  debrief: text(LIMITS.textLength, 'multi'),
  seeds: z
    .array(z.number().int().min(0).max(LIMITS.seed))
    .min(MIN_SEEDS, { error: `needs at least ${MIN_SEEDS} seeds` })
    .max(MAX_SEEDS, { error: `may have at most ${MAX_SEEDS} seeds` }),
});

/** A challenge: the start is a stored document (built with the document builders of src/scenarios). */
export type Challenge = Omit<z.output<typeof challengeSchema>, 'start'> & { start: StoredDocument };
/** A challenge as written by hand (defaults may be left out). */
export type ChallengeInput = Omit<z.input<typeof challengeSchema>, 'start'> & { start: StoredDocument };

export type { NodeKind };

/**
 * A challenge written in code (the campaign) with its defaults filled by the schema. Throws
 * on a broken one: the campaign's tests parse every level fully (parseChallenge).
 */
export function defineChallenge(input: ChallengeInput): Challenge {
  const { start, ...rest } = input;
  return { ...challengeSchema.parse({ ...rest, start: {} }), start };
}
