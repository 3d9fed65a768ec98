/**
 * Whether a run collapsed, and the verdict over seeds when they split ("collapses in 7 of 20
 * seeds"). A client *collapses* in a run when its success over the first window of the run
 * was at least {@link COLLAPSE_RULE}.healthyFrom (it worked) and over the last window below
 * {@link COLLAPSE_RULE}.collapsedBelow (it no longer does). Success in a window is the
 * replies that succeeded ÷ all replies then; a window in which requests were sent but none
 * was answered counts as 0 (a hung system has collapsed too). See docs/sweeps.md.
 */
import type { OutcomeSecond, RunOutcomes } from './outcomes';

/** The thresholds of a collapse. */
export const COLLAPSE_RULE = {
  /** Success over the first window at or above this: the client was healthy. */
  healthyFrom: 0.9,
  /** Success over the last window below this: it collapsed. */
  collapsedBelow: 0.5,
  /** Window length in seconds: this, or a quarter of the run when that is shorter (at least 1 s). */
  windowS: 10,
} as const;

/** Seconds of each window for a run of `durationS` seconds. */
export function collapseWindowS(durationS: number): number {
  return Math.max(1, Math.min(COLLAPSE_RULE.windowS, Math.floor(durationS / 4)));
}

/** Success of `client` over [from, to) seconds: null when nothing was sent or answered then. */
function windowSuccess(
  series: readonly OutcomeSecond[],
  client: string,
  from: number,
  to: number,
): number | null {
  let ok = 0;
  let answered = 0;
  let sent = 0;
  for (const row of series) {
    const span = row.spanS ?? 1;
    if (row.t + span <= from || row.t >= to) continue;
    const c = row.clients[client];
    if (!c) continue;
    ok += c.ok * span;
    answered += (c.ok + c.failed) * span;
    sent += c.sent * span;
  }
  if (answered > 0) return ok / answered;
  return sent > 0 ? 0 : null;
}

/** Whether `client` collapsed in the run (see the module's rule). */
export function collapsed(run: Pick<RunOutcomes, 'series' | 'duration'>, client: string): boolean {
  const w = collapseWindowS(run.duration);
  if (run.duration < 2 * w) return false;
  const first = windowSuccess(run.series, client, 0, w);
  const last = windowSuccess(run.series, client, run.duration - w, run.duration);
  if (first === null || last === null) return false;
  return first >= COLLAPSE_RULE.healthyFrom && last < COLLAPSE_RULE.collapsedBelow;
}

/** How often one client collapsed over a set of runs. */
export interface CollapseVerdict {
  client: string;
  collapsed: number;
  runs: number;
  /** Some runs collapsed and others did not: luck decides. */
  split: boolean;
  /** "collapses in 7 of 20 seeds", "collapses in every seed (20)", "never collapses (20 seeds)". */
  text: string;
}

/** The verdict's words for `collapsed` of `runs` runs. */
export function verdictText(collapsedRuns: number, runs: number): string {
  if (collapsedRuns === 0) return `never collapses (${runs} ${runs === 1 ? 'seed' : 'seeds'})`;
  if (collapsedRuns === runs) return `collapses in every seed (${runs})`;
  return `collapses in ${collapsedRuns} of ${runs} seeds`;
}

/** The collapse verdict of every client over `runs` (failed runs left out), in client order. */
export function collapseVerdicts(
  runs: readonly Pick<RunOutcomes, 'series' | 'duration'>[],
  clients: readonly string[],
): CollapseVerdict[] {
  return clients.map((client) => {
    const count = runs.filter((r) => collapsed(r, client)).length;
    const n = runs.length;
    return { client, collapsed: count, runs: n, split: count > 0 && count < n, text: verdictText(count, n) };
  });
}
