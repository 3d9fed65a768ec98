import { z } from 'zod';
import { identifier, numberIn, oneOf, seconds, text } from './fields';
import { FAULT_KINDS } from './kinds';
import { lessonQuestionSchema } from './lessonQuestion';
import { LIMITS } from './limits';
import { paramShape } from './paramSchema';
import { FAULT_PARAMS } from './params/faultParams';
import { SCENARIO_PARAMS } from './params/scenarioParams';

// The kinds live in kinds.ts (no zod there: the first render needs them).
export { FAULT_KINDS, type FaultKind } from './kinds';
export { type LessonQuestion, QUESTION_LIMITS } from './lessonQuestion';
export { CRASH_MODES, type CrashMode } from './params/faultParams';

const faultBase = {
  id: identifier(),
  /** The node (or, for a partition, the edge) the fault hits. */
  target: identifier(),
  startS: seconds(),
  durationS: numberIn(0.001, LIMITS.runSeconds, 's'),
};

/** The node is down: it refuses calls at once, or hangs them until the caller's timeout. */
export const crashFaultSchema = z.strictObject({
  ...faultBase,
  kind: z.literal('crash'),
  ...paramShape(FAULT_PARAMS.crash),
});

/**
 * A rolling restart: instances go down one after another, each for `durationS` (the
 * restart time). During `healthCheckDelayS` after an instance goes down, the load balancer
 * has not noticed yet and still sends it traffic.
 */
export const redeployFaultSchema = z.strictObject({
  ...faultBase,
  kind: z.literal('redeploy'),
  ...paramShape(FAULT_PARAMS.redeploy),
});

export const slowFaultSchema = z.strictObject({
  ...faultBase,
  kind: z.literal('slow'),
  ...paramShape(FAULT_PARAMS.slow),
});

export const errorsFaultSchema = z.strictObject({
  ...faultBase,
  kind: z.literal('errors'),
  ...paramShape(FAULT_PARAMS.errors),
});

export const capacityFaultSchema = z.strictObject({
  ...faultBase,
  kind: z.literal('capacity'),
  ...paramShape(FAULT_PARAMS.capacity),
});

/** Everything crossing the target edge is dropped (the caller sees a timeout). */
export const partitionFaultSchema = z.strictObject({
  ...faultBase,
  kind: z.literal('partition'),
});

export const surgeFaultSchema = z.strictObject({
  ...faultBase,
  kind: z.literal('surge'),
  ...paramShape(FAULT_PARAMS.surge),
});

/**
 * A cache empties at the fault's start; until its end every lookup misses and nothing is
 * stored (a cache being rebuilt). A short duration is an instant flush.
 */
export const flushFaultSchema = z.strictObject({
  ...faultBase,
  kind: z.literal('flush'),
});

export const faultSchema = z.discriminatedUnion(
  'kind',
  [
    crashFaultSchema,
    redeployFaultSchema,
    slowFaultSchema,
    errorsFaultSchema,
    capacityFaultSchema,
    partitionFaultSchema,
    surgeFaultSchema,
    flushFaultSchema,
  ],
  { error: `kind must be one of ${FAULT_KINDS.join(', ')}` },
);
export type Fault = z.output<typeof faultSchema>;
export type StoredFault = z.input<typeof faultSchema>;
export const FAULT_BASE_KEYS = ['id', 'kind', 'target', 'startS', 'durationS'] as const;

/** From `atS` on, the target client sends `rate` requests per second. */
export const trafficChangeSchema = z.strictObject({
  target: identifier(),
  atS: seconds(),
  rate: numberIn(0, LIMITS.rate, 'req/s'),
});
export type TrafficChange = z.output<typeof trafficChangeSchema>;

export const scenarioSchema = z
  .strictObject({
    ...paramShape(SCENARIO_PARAMS),
    faults: z
      .array(faultSchema)
      .max(LIMITS.faults, { error: `must have at most ${LIMITS.faults} faults` })
      .default([]),
    traffic: z
      .array(trafficChangeSchema)
      .max(LIMITS.trafficChanges, { error: `must have at most ${LIMITS.trafficChanges} changes` })
      .default([]),
  })
  .prefault({});
export type Scenario = z.output<typeof scenarioSchema>;

export const LESSON_ACTIONS = ['pause', 'play', 'runToEnd', 'restart'] as const;
export type LessonAction = (typeof LESSON_ACTIONS)[number];

/** One step of a lesson: a caption, shown when the run reaches `atS` or when the presenter advances. */
export const lessonStepSchema = z.strictObject({
  caption: text(LIMITS.textLength, 'multi'),
  /** The run pauses here and shows the caption. */
  atS: seconds().optional(),
  /** What advancing to this step does to the run. */
  action: oneOf(LESSON_ACTIONS).optional(),
  /** A node or edge to highlight while the step is shown. */
  focus: identifier().optional(),
  /** A question the audience answers before the run shows what happens (version 3). */
  question: lessonQuestionSchema.optional(),
});
export type LessonStep = z.output<typeof lessonStepSchema>;

export const viewportSchema = z.strictObject({
  x: numberIn(-LIMITS.coordinate * 10, LIMITS.coordinate * 10),
  y: numberIn(-LIMITS.coordinate * 10, LIMITS.coordinate * 10),
  zoom: numberIn(0.01, 10),
});
export type Viewport = z.output<typeof viewportSchema>;
