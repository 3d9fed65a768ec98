/**
 * The spread of many runs of one diagram over simulated time, for the band charts: per
 * second, the clients' success rate and the slowest client's p99 latency, as the median
 * and the p10–p90 and min–max bands across the runs. Pure: reports in, numbers out.
 */
import type { Report, SeriesRow } from '../../sim/report';

/** One value per second: null where no run had anything to measure. */
export interface Band {
  min: (number | null)[];
  p10: (number | null)[];
  median: (number | null)[];
  p90: (number | null)[];
  max: (number | null)[];
}

export interface SeriesBands {
  /** Start of each second, in simulated seconds. */
  x: number[];
  /** Share of the clients' requests answered with success, in %. */
  success: Band;
  /** The slowest client's p99 reply latency, in ms. */
  latencyP99: Band;
}

/** The q-quantile (0–1) of ascending values, interpolated between neighbours. */
export function quantileOf(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const at = (sorted.length - 1) * q;
  const lo = Math.floor(at);
  const hi = Math.ceil(at);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (at - lo);
}

function successOf(row: SeriesRow): number | null {
  let sent = 0;
  let ok = 0;
  for (const c of Object.values(row.clients)) {
    // A request counts once answered: ok or failed (those still in flight are not yet either).
    sent += c.ok + c.failed;
    ok += c.ok;
  }
  return sent > 0 ? (100 * ok) / sent : null;
}

function latencyOf(row: SeriesRow): number | null {
  let worst: number | null = null;
  for (const c of Object.values(row.clients)) if (c.ok > 0) worst = Math.max(worst ?? 0, c.p99);
  return worst;
}

function bandOf(columns: (number | null)[][]): Band {
  const band: Band = { min: [], p10: [], median: [], p90: [], max: [] };
  for (const values of columns) {
    const sorted = values.filter((v): v is number => v !== null).sort((a, b) => a - b);
    const has = sorted.length > 0;
    band.min.push(has ? sorted[0] : null);
    band.p10.push(has ? quantileOf(sorted, 0.1) : null);
    band.median.push(has ? quantileOf(sorted, 0.5) : null);
    band.p90.push(has ? quantileOf(sorted, 0.9) : null);
    band.max.push(has ? sorted[sorted.length - 1] : null);
  }
  return band;
}

/**
 * The bands of these reports, second by second. Runs of one diagram have the same rows
 * (same duration, same thinning); a run that stopped early simply has fewer.
 */
export function seriesBands(reports: readonly Report[]): SeriesBands {
  const longest = reports.reduce<SeriesRow[]>((a, r) => (r.series.length > a.length ? r.series : a), []);
  const x = longest.map((row) => row.t);
  const success = x.map((_, i) => reports.map((r) => (r.series[i] ? successOf(r.series[i]) : null)));
  const latency = x.map((_, i) => reports.map((r) => (r.series[i] ? latencyOf(r.series[i]) : null)));
  return { x, success: bandOf(success), latencyP99: bandOf(latency) };
}
