/**
 * The spread of one outcome over seeds: min, p10, median, p90, max and mean, the bands per
 * second across seeds, and the line a person reads ("client success 82.8 % (80.1–85.2
 * across 20 seeds)").
 */
import type { OutcomeInfo, OutcomeSecond } from './outcomes';

/** How one outcome spreads over runs. Percentiles interpolate linearly between the sorted values. */
export interface Spread {
  /** Runs the spread is over. */
  n: number;
  min: number;
  p10: number;
  median: number;
  p90: number;
  max: number;
  mean: number;
}

/** The `q` quantile (0–1) of sorted values, interpolating linearly between neighbours. */
function quantile(sorted: readonly number[], q: number): number {
  const at = (sorted.length - 1) * q;
  const lo = Math.floor(at);
  const hi = Math.ceil(at);
  if (lo === hi) return sorted[lo];
  const v = sorted[lo] + (sorted[hi] - sorted[lo]) * (at - lo);
  // Rounding must not step outside the neighbours (keeps min ≤ p10 ≤ median ≤ p90 ≤ max).
  return Math.min(sorted[hi], Math.max(sorted[lo], v));
}

/** The spread of `values` (NaN ones left out); null when there is none. */
export function spreadOf(values: readonly number[]): Spread | null {
  const sorted = values.filter((v) => !Number.isNaN(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  let sum = 0;
  for (const v of sorted) sum += v;
  const mean = Math.min(sorted[sorted.length - 1], Math.max(sorted[0], sum / sorted.length));
  return {
    n: sorted.length,
    min: sorted[0],
    p10: quantile(sorted, 0.1),
    median: quantile(sorted, 0.5),
    p90: quantile(sorted, 0.9),
    max: sorted[sorted.length - 1],
    mean,
  };
}

/** One second of a band: the spread across seeds of a per-second value (null: no seed measured it). */
export interface BandPoint {
  t: number;
  spread: Spread | null;
}

/** The per-second values bands are drawn for. */
export type BandMeasure = 'success' | 'p99';

/**
 * Bands per second across runs for one client: at each second, the spread over the runs
 * that measured something then (a second with no reply in a run is left out of that
 * second's spread, never counted as zero). Rows are matched by their start time.
 */
export function bandsOf(runs: readonly OutcomeSecond[][], client: string, measure: BandMeasure): BandPoint[] {
  const byT = new Map<number, number[]>();
  const order: number[] = [];
  for (const series of runs) {
    for (const row of series) {
      let list = byT.get(row.t);
      if (!list) {
        list = [];
        byT.set(row.t, list);
        order.push(row.t);
      }
      const v = row.clients[client]?.[measure];
      if (v !== null && v !== undefined) list.push(v);
    }
  }
  order.sort((a, b) => a - b);
  return order.map((t) => ({ t, spread: spreadOf(byT.get(t) ?? []) }));
}

/** Which range the summary line shows: all runs (min–max) or the middle 80 % (p10–p90). */
export type LineRange = 'minMax' | 'p10p90';

/** A value of `unit` in a person's words: ratios as percent with one decimal, ms and counts rounded sensibly. */
export function formatOutcomeValue(value: number, unit: OutcomeInfo['unit']): string {
  if (unit === '%') return (value * 100).toFixed(1);
  if (unit === 'ms') return value >= 100 ? value.toFixed(0) : value.toFixed(1);
  return Number.isInteger(value) ? String(value) : value.toFixed(1);
}

/**
 * The summary line of one outcome: "client success 82.8 % (80.1–85.2 across 20 seeds)".
 * The headline is the mean; the range is min–max unless `range` says p10–p90.
 */
export function spreadLine(
  info: Pick<OutcomeInfo, 'label' | 'unit'>,
  spread: Spread,
  range: LineRange = 'minMax',
): string {
  const f = (v: number) => formatOutcomeValue(v, info.unit);
  const unit = info.unit === 'messages' ? '' : ` ${info.unit}`;
  const [lo, hi] = range === 'minMax' ? [spread.min, spread.max] : [spread.p10, spread.p90];
  const seeds = spread.n === 1 ? '1 seed' : `${spread.n} seeds`;
  const which = range === 'minMax' ? '' : 'p10–p90 ';
  return `${info.label} ${f(spread.mean)}${unit} (${which}${f(lo)}–${f(hi)} across ${seeds})`;
}
