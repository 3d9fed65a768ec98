/**
 * What many seeds of one diagram came to, in words: the seeds to run, one line per client
 * ("checkout success 82.8 % (80.1–85.2 across 20 seeds)") and the verdict when outcomes
 * split ("collapses in 7 of 20 seeds").
 */
import type { Report } from '../../sim/report';
import { quantileOf } from './seriesBands';

/** The largest seed a document holds. */
const MAX_SEED = 0xffff_ffff;

/** `count` seeds from the document's own on, wrapping past the largest seed to 0. */
export function seedList(first: number, count: number): number[] {
  return Array.from({ length: count }, (_, i) => (first + i) % (MAX_SEED + 1));
}

/** A client's success in one run, in % of what it sent (null when it sent nothing). */
export function clientSuccess(report: Report, client: string): number | null {
  const c = report.clients[client];
  return c && c.sent > 0 ? (100 * c.ok) / c.sent : null;
}

/** Below this share of success over all clients a run has collapsed. */
export const COLLAPSE_BELOW_PERCENT = 50;

function overallSuccess(report: Report): number | null {
  let sent = 0;
  let ok = 0;
  for (const c of Object.values(report.clients)) {
    sent += c.sent;
    ok += c.ok;
  }
  return sent > 0 ? (100 * ok) / sent : null;
}

/** One line per client: its mean success with the p10–p90 range across the seeds. */
export function clientSpreadLines(reports: readonly Report[], label: (id: string) => string): string[] {
  if (reports.length === 0) return [];
  const n = reports.length;
  return Object.keys(reports[0].clients).map((id) => {
    const values = reports
      .map((r) => clientSuccess(r, id))
      .filter((v): v is number => v !== null)
      .sort((a, b) => a - b);
    if (values.length === 0) return `${label(id)} sent nothing in ${n} seeds`;
    const mean = values.reduce((s, v) => s + v, 0) / values.length;
    return `${label(id)} success ${mean.toFixed(1)} % (${quantileOf(values, 0.1).toFixed(1)}–${quantileOf(values, 0.9).toFixed(1)} across ${n} seeds)`;
  });
}

/** "collapses in 7 of 20 seeds" when some runs collapsed and some did not; null otherwise. */
export function seedVerdict(reports: readonly Report[]): string | null {
  const collapsed = reports.filter((r) => {
    const s = overallSuccess(r);
    return s !== null && s < COLLAPSE_BELOW_PERCENT;
  }).length;
  if (collapsed === 0 || collapsed === reports.length) return null;
  return `collapses in ${collapsed} of ${reports.length} seeds`;
}
