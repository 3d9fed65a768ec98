/**
 * Traffic that changes over time, for clients: a rate schedule (points joined by steps or
 * straight lines), a per-second rate trace pasted as text, and a schedule of closed-loop
 * users. Plain TypeScript without zod (the inspector's editor reads it on first use); the
 * schema is trafficSchema.ts. How the engine follows these is docs/traffic.md.
 */
import { LIMITS } from './limits';

/** How a rate schedule goes from one point to the next. */
export const INTERPOLATIONS = ['step', 'linear'] as const;
export type Interpolation = (typeof INTERPOLATIONS)[number];

/** One point of a rate schedule: from `atS` the rate is `rate` req/s. */
export interface RatePoint {
  atS: number;
  rate: number;
}

/** A client's rate over time. Before the first point the rate is the first point's; after the last, the last's. */
export interface RateSchedule {
  interpolation: Interpolation;
  points: RatePoint[];
}

/** One point of a users schedule: from `atS` the client has `users` closed-loop users. */
export interface UsersPoint {
  atS: number;
  users: number;
}

/** Bounds of the traffic fields (docs/document-format.md). */
export const TRAFFIC_LIMITS = {
  /** Points of a rate or users schedule. */
  schedulePoints: 500,
  /** Values of a per-second trace: one a second for a day. */
  traceValues: 86_400,
  /** Characters of a trace's text: 86,400 values of up to 11 characters and a separator each. */
  traceChars: 86_400 * 12,
  /** Closed-loop users of one client. */
  users: 10_000,
  /**
   * Schedule points in the whole diagram: keeps the largest valid document within the
   * decoder's count of values (decode/limits.ts), at three values a point.
   */
  documentSchedulePoints: 10_000,
} as const;

/**
 * The client keys version 3 added that are not parameter declarations (a schedule is a list,
 * not a number): a version-2 document holding one is refused by name (newerFeatures.ts).
 */
export const CLIENT_TRAFFIC_SINCE: Readonly<Record<string, number>> = {
  rateSchedule: 3,
  rateTrace: 3,
  usersSchedule: 3,
};

/** A trace read from text: its per-second rates, or what is wrong with it. */
export type TraceResult = { ok: true; values: number[] } | { ok: false; message: string };

/**
 * Reads a per-second rate trace: numbers (req/s), one per second, separated by commas,
 * semicolons, spaces or line breaks (one column of a CSV works). The message names the
 * line and the value that is wrong.
 */
export function parseRateTrace(text: string): TraceResult {
  if (text.length > TRAFFIC_LIMITS.traceChars)
    return {
      ok: false,
      message: `is too long: at most ${TRAFFIC_LIMITS.traceChars.toLocaleString('en-US')} characters`,
    };
  const values: number[] = [];
  const lines = text.split(/\r\n|\r|\n/);
  for (let l = 0; l < lines.length; l++) {
    for (const word of lines[l].split(/[,;\s]+/)) {
      if (word === '') continue;
      const v = /^[+]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(word) ? Number(word) : Number.NaN;
      if (!Number.isFinite(v) || v > LIMITS.rate)
        return {
          ok: false,
          message: `line ${l + 1}: "${word.slice(0, 20)}" is not a rate from 0 to ${LIMITS.rate} req/s`,
        };
      if (values.length === TRAFFIC_LIMITS.traceValues)
        return {
          ok: false,
          message: `line ${l + 1}: more than ${TRAFFIC_LIMITS.traceValues.toLocaleString('en-US')} values (one a second for a day)`,
        };
      values.push(v);
    }
  }
  if (values.length === 0) return { ok: false, message: 'holds no rate: write one number per second' };
  return { ok: true, values };
}

/** What is wrong with a schedule's points (times increasing), or null. */
export function schedulePointsProblem(points: readonly { atS: number }[]): string | null {
  for (let i = 1; i < points.length; i++)
    if (points[i].atS <= points[i - 1].atS)
      return `point ${i + 1} is at ${points[i].atS} s, not after point ${i} (${points[i - 1].atS} s): times must increase`;
  return null;
}

const round = (v: number, digits = 3) => Math.round(v * 10 ** digits) / 10 ** digits;

/**
 * cos(2π·f) for f in [0, 1), from + − × ÷ only (a Taylor series on [−π, π], error < 1e-15):
 * `Math.cos` may differ in the last bit between JavaScript engines, and a preset used by a
 * built-in scenario must give the same points, hence the same run, in every browser.
 */
function cosOfTurn(f: number): number {
  const x = 2 * Math.PI * (f > 0.5 ? f - 1 : f);
  const x2 = x * x;
  let term = 1;
  let sum = 1;
  for (let k = 1; k <= 14; k++) {
    term = (-term * x2) / ((2 * k - 1) * (2 * k));
    sum += term;
  }
  return sum;
}

/** A step from `base` to `peak` req/s at `atS`. */
export function stepPreset(base: number, peak: number, atS: number): RateSchedule {
  return {
    interpolation: 'step',
    points: [
      { atS: 0, rate: base },
      { atS, rate: peak },
    ],
  };
}

/** A ramp from `from` to `to` req/s between `startS` and `endS`, flat before and after. */
export function rampPreset(from: number, to: number, startS: number, endS: number): RateSchedule {
  return {
    interpolation: 'linear',
    points: [
      { atS: 0, rate: from },
      ...(startS > 0 ? [{ atS: startS, rate: from }] : []),
      { atS: Math.max(endS, startS + 1), rate: to },
    ],
  };
}

/** `base` req/s with a spike to `peak` from `atS` lasting `forS` seconds. */
export function spikePreset(base: number, peak: number, atS: number, forS: number): RateSchedule {
  return {
    interpolation: 'step',
    points: [
      { atS: 0, rate: base },
      { atS, rate: peak },
      { atS: atS + forS, rate: base },
    ],
  };
}

/**
 * A day compressed into `periodS` seconds: a sine of mean `mean` and amplitude `amplitude`
 * req/s (clamped at 0), lowest at the start, peaking half way through (the "daily peak"),
 * drawn with `pointsPerPeriod` straight segments for each period over `durationS`.
 */
export function dailySinePreset(
  mean: number,
  amplitude: number,
  periodS: number,
  durationS = periodS,
  pointsPerPeriod = 24,
): RateSchedule {
  const period = Math.max(periodS, 1);
  const step = period / pointsPerPeriod;
  const count = Math.min(TRAFFIC_LIMITS.schedulePoints - 1, Math.ceil(durationS / step));
  const points: RatePoint[] = [];
  for (let i = 0; i <= count; i++) {
    const atS = round(i * step);
    const turn = (i % pointsPerPeriod) / pointsPerPeriod;
    points.push({ atS, rate: Math.max(0, round(mean - amplitude * cosOfTurn(turn))) });
  }
  return { interpolation: 'linear', points };
}

/** The rate a schedule gives at `atS` seconds (for previews; the engine compiles its own tables). */
export function scheduleRateAt(schedule: RateSchedule, atS: number): number {
  const p = schedule.points;
  if (p.length === 0) return 0;
  if (atS <= p[0].atS) return p[0].rate;
  for (let i = 0; i < p.length - 1; i++) {
    if (atS < p[i + 1].atS) {
      if (schedule.interpolation === 'step') return p[i].rate;
      const f = (atS - p[i].atS) / (p[i + 1].atS - p[i].atS);
      return p[i].rate + f * (p[i + 1].rate - p[i].rate);
    }
  }
  return p[p.length - 1].rate;
}

/**
 * The first client whose schedules take the diagram past its budget of schedule points, as
 * a path and message, or null.
 */
export function scheduleBudgetProblem(
  nodes: readonly { rateSchedule?: { points: readonly unknown[] }; usersSchedule?: readonly unknown[] }[],
): { path: string; message: string } | null {
  let total = 0;
  for (let i = 0; i < nodes.length; i++) {
    const n = nodes[i];
    const before = total;
    total += (n.rateSchedule?.points.length ?? 0) + (n.usersSchedule?.length ?? 0);
    if (total > TRAFFIC_LIMITS.documentSchedulePoints)
      return {
        path: `nodes[${i}].${before + (n.rateSchedule?.points.length ?? 0) > TRAFFIC_LIMITS.documentSchedulePoints ? 'rateSchedule.points' : 'usersSchedule'}`,
        message: `takes the diagram's schedules to ${total.toLocaleString('en-US')} points: at most ${TRAFFIC_LIMITS.documentSchedulePoints.toLocaleString('en-US')} in all`,
      };
  }
  return null;
}
