/**
 * A client's rate over time, compiled (from a rate schedule or a per-second trace), and the
 * arrivals that follow it. Arrivals are placed by a time change through the cumulative rate
 * Λ(t) = ∫ λ: the next arrival is where Λ has grown by a given mass from now — an
 * exponential draw for Poisson (a non-homogeneous Poisson process, one uniform per arrival
 * from the client's arrival stream), exactly 1 for constant arrivals and the burst size for
 * bursts. With a constant λ this is the client's usual arrival process. docs/traffic.md.
 */
import type { ClientNode } from '../model';
import { parseRateTrace } from '../model/trafficShape';

/** Points (time in ms, rate in req/s): λ is r[k] from t[k] (steps) or a straight line to the next point. */
export interface CompiledSchedule {
  t: Float64Array;
  r: Float64Array;
  linear: boolean;
}

/** The schedule a client follows, or null when it sends at its constant rate. */
export function compileSchedule(n: ClientNode): CompiledSchedule | null {
  if (n.rateSchedule) {
    const p = n.rateSchedule.points;
    return {
      t: Float64Array.from(p, (x) => x.atS * 1000),
      r: Float64Array.from(p, (x) => x.rate),
      linear: n.rateSchedule.interpolation === 'linear',
    };
  }
  if (n.rateTrace !== undefined) {
    const trace = parseRateTrace(n.rateTrace);
    const values = trace.ok ? trace.values : [0];
    return { t: Float64Array.from(values, (_, i) => i * 1000), r: Float64Array.from(values), linear: false };
  }
  return null;
}

/** Index of the last point at or before `t`, or -1 before the first. */
function segmentAt(s: CompiledSchedule, t: number): number {
  let lo = -1;
  let hi = s.t.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (s.t[mid] <= t) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** λ at `t` (req/s) and its slope (req/s per ms) within segment `k`. */
function rateIn(s: CompiledSchedule, k: number, t: number, out: { rate: number; slope: number }): void {
  const n = s.t.length;
  if (k < 0) {
    out.rate = s.r[0];
    out.slope = 0;
  } else if (!s.linear || k === n - 1) {
    out.rate = s.r[k];
    out.slope = 0;
  } else {
    out.slope = (s.r[k + 1] - s.r[k]) / (s.t[k + 1] - s.t[k]);
    out.rate = s.r[k] + out.slope * (t - s.t[k]);
  }
}

/** The scheduled rate at `t` ms (req/s). */
export function scheduledRate(s: CompiledSchedule, t: number): number {
  const out = { rate: 0, slope: 0 };
  rateIn(s, segmentAt(s, t), t, out);
  return out.rate;
}

/**
 * The time at which `mass` more arrivals are due from `from` ms, with every rate multiplied
 * by `scale` (a surge); Infinity when the schedule ends at a zero rate before that, or the
 * time passes `endMs`.
 */
export function timeForMass(
  s: CompiledSchedule,
  from: number,
  mass: number,
  scale: number,
  endMs: number,
): number {
  if (scale <= 0) return Number.POSITIVE_INFINITY;
  // In (req/s)·ms: the area under λ that holds `mass` arrivals.
  let left = (mass * 1000) / scale;
  let t = from;
  let k = segmentAt(s, from);
  const n = s.t.length;
  const at = { rate: 0, slope: 0 };
  for (;;) {
    if (left <= 0) return t;
    if (t > endMs) return Number.POSITIVE_INFINITY;
    rateIn(s, k, t, at);
    const a = at.rate;
    const b = at.slope;
    const segEnd = k + 1 < n ? s.t[k + 1] : Number.POSITIVE_INFINITY;
    if (segEnd === Number.POSITIVE_INFINITY) return a > 0 ? t + left / a : Number.POSITIVE_INFINITY;
    const span = segEnd - t;
    const area = a * span + (b * span * span) / 2;
    if (area >= left) {
      // a·dt + b·dt²/2 = left, in the form that stays exact when b is 0 or negative.
      const root = Math.sqrt(Math.max(0, a * a + 2 * b * left));
      const dt = (2 * left) / (a + root);
      return t + Math.min(dt, span);
    }
    left -= area;
    t = segEnd;
    k++;
  }
}

/** The rate a scheduled client sends at now (req/s): its schedule, or the rate a traffic change set, times its surge. */
export function currentRate(
  s: CompiledSchedule,
  ns: { followSchedule: boolean; rate: number; surge: number },
  now: number,
): number {
  return (ns.followSchedule ? scheduledRate(s, now) : ns.rate) * ns.surge;
}
