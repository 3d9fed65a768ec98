/**
 * Load-dependent service time: past a knee, work at an instance takes longer the more load
 * the instance carries — garbage-collection pressure, cache and memory thrashing, lock
 * contention. The load x is measured per instance when the work starts (busy workers, this
 * one included, or requests waiting in its backlog), and the work's sampled service time is
 * multiplied by
 *
 *   linear:       1 + slope × (x − knee)⁺
 *   exponential:  e^(rate × (x − knee)⁺)
 *
 * capped at `max`. The factor is fixed for the work once it starts (no re-timing of work in
 * progress as load changes): one sample per piece of work, like its service time, and no
 * events scheduled for it. Off (the default) compiles to null and costs one null check.
 */
import type { ServiceNode } from '../model';
import { detExp } from './detMath';

export const CURVE_LINEAR = 0;
export const CURVE_EXPONENTIAL = 1;

/** A compiled slowdown rule. */
export interface LoadCurveSpec {
  curve: number;
  /** Measure load by the backlog (requests waiting) rather than by busy workers. */
  byBacklog: boolean;
  knee: number;
  /** slope (linear) or rate (exponential), per request over the knee. */
  steep: number;
  max: number;
}

/** Compiles a node's `loadFactor` parameters; null when the curve is off. */
export function compileLoadCurve(p: ServiceNode['loadFactor']): LoadCurveSpec | null {
  if (p.curve === 'off') return null;
  const exponential = p.curve === 'exponential';
  return {
    curve: exponential ? CURVE_EXPONENTIAL : CURVE_LINEAR,
    byBacklog: p.measure === 'backlog',
    knee: p.knee,
    steep: exponential ? p.rate : p.slope,
    max: p.max,
  };
}

/** The service-time factor at load `x`: 1 up to the knee, growing past it, at most `max`. */
export function loadFactorAt(c: LoadCurveSpec, x: number): number {
  const over = x - c.knee;
  if (over <= 0) return 1;
  const f = c.curve === CURVE_EXPONENTIAL ? detExp(c.steep * over) : 1 + c.steep * over;
  return Math.min(f, c.max);
}

/** The factor work starting now at an instance with `busy` workers busy and `waiting` queued. */
export function instanceLoadFactor(c: LoadCurveSpec, busy: number, waiting: number): number {
  return loadFactorAt(c, c.byBacklog ? waiting : busy);
}
