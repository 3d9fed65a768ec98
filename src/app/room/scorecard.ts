import type { FaultlineDocument } from '../../model';
import type { Report } from '../../sim/report';
import { runToEnd } from '../compare/runToEnd';

/** The seeds a diagram handed back in a room is run with (the same for everyone). */
export const SCORE_SEEDS = [1, 2, 3, 4, 5] as const;

/** How well a diagram's clients fare over several seeded runs. */
export interface Score {
  /** Client requests sent, over all the runs. */
  sent: number;
  /** Client requests that failed, over all the runs. */
  failed: number;
  /** The share of client requests that did not fail (1 when none was sent). */
  success: number;
  seeds: number;
}

/** The score of finished runs: client success summed over every client and run. */
export function scoreOf(reports: readonly Pick<Report, 'clients'>[]): Score {
  let sent = 0;
  let failed = 0;
  for (const report of reports)
    for (const client of Object.values(report.clients)) {
      sent += client.sent;
      failed += client.failed;
    }
  return { sent, failed, success: sent === 0 ? 1 : (sent - failed) / sent, seeds: reports.length };
}

/** Best first: higher client success, then more requests served, then the earlier. */
export function rankByScore<T extends { score: Score | null }>(rows: readonly T[]): T[] {
  return rows
    .map((row, i) => ({ row, i }))
    .sort((a, b) => {
      const sa = a.row.score;
      const sb = b.row.score;
      if (!sa || !sb) return sa ? -1 : sb ? 1 : a.i - b.i;
      return sb.success - sa.success || sb.sent - sa.sent || a.i - b.i;
    })
    .map(({ row }) => row);
}

/** "98.2 % of client requests succeed over 5 seeds". */
export function describeScore(score: Score): string {
  return `${(score.success * 100).toFixed(1)} % of client requests succeed over ${score.seeds} seeds`;
}

/**
 * Runs `doc` with each of SCORE_SEEDS to its end, one after another, each in its own Web
 * Worker (the live view's engine, under its limits: a hostile diagram cannot freeze the
 * page), and scores the runs. Rejects with the engine's message when a run fails.
 */
export async function scoreDocument(doc: FaultlineDocument, createWorker?: () => Worker): Promise<Score> {
  const reports: Report[] = [];
  for (const seed of SCORE_SEEDS) {
    const seeded = { ...doc, scenario: { ...doc.scenario, seed } };
    reports.push(
      await new Promise<Report>((resolve, reject) => {
        runToEnd(
          seeded,
          (run) => {
            if (run.state === 'done') resolve(run.report);
            else if (run.state === 'failed') reject(new Error(run.message));
          },
          createWorker,
        );
      }),
    );
  }
  return scoreOf(reports);
}
