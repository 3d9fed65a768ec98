import { z } from 'zod';
import { numberIn, oneOf, seconds, wholeNumber } from './fields';
import { LIMITS } from './limits';
import { INTERPOLATIONS, parseRateTrace, schedulePointsProblem, TRAFFIC_LIMITS } from './trafficShape';

/**
 * The schema of a client's traffic over time (trafficShape.ts): each field is optional, and
 * absent means the feature is off, so a diagram without them reads as before.
 */

const pointsInOrder = (
  points: readonly { atS: number }[],
  ctx: { addIssue: (issue: { code: 'custom'; message: string }) => void },
) => {
  const problem = schedulePointsProblem(points);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
};

const points = <T extends z.ZodType<{ atS: number }>>(point: T) =>
  z
    .array(point, { error: 'must be a list of points' })
    .min(1, { error: 'must have at least one point' })
    .max(TRAFFIC_LIMITS.schedulePoints, {
      error: `must have at most ${TRAFFIC_LIMITS.schedulePoints} points`,
    })
    .superRefine((list, ctx) => pointsInOrder(list, ctx));

/** Rate over time: points (time s, rate req/s), joined by steps or straight lines. */
export const rateScheduleSchema = z.strictObject({
  interpolation: oneOf(INTERPOLATIONS).default('step'),
  points: points(z.strictObject({ atS: seconds(), rate: numberIn(0, LIMITS.rate, 'req/s') })),
});

/** Closed-loop users over time: from each point's time, that many users (steps). */
export const usersScheduleSchema = points(
  z.strictObject({ atS: seconds(), users: wholeNumber(0, TRAFFIC_LIMITS.users) }),
);

/** A per-second rate trace, as text (parseRateTrace names the wrong line and value). */
export const rateTraceSchema = z
  .string({ error: 'must be text: one rate per second' })
  .superRefine((text, ctx) => {
    const r = parseRateTrace(text);
    if (!r.ok) ctx.addIssue({ code: 'custom', message: r.message });
  });

/** The optional traffic fields of a client, spread into its schema. */
export const clientTrafficShape = {
  rateSchedule: rateScheduleSchema.optional(),
  rateTrace: rateTraceSchema.optional(),
  usersSchedule: usersScheduleSchema.optional(),
};
