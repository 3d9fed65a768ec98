import type { SeriesRow } from '../../sim/report';

/** What one side looked like during one simulated second, and in total up to it. */
export interface Moment {
  /** The second shown. */
  t: number;
  sent: number;
  failed: number;
  /** Client failures from the start up to and including this second. */
  failedSoFar: number;
  /** Messages waiting in all queues at the end of the second. */
  queued: number;
  /** Nodes down or restarting. */
  down: string[];
}

/**
 * The moment at second `t` of a run's per-second series (the compare view's one clock).
 * Seconds past the end of the series show the last one.
 */
export function momentAt(series: readonly SeriesRow[], t: number): Moment | null {
  if (series.length === 0) return null;
  const index = Math.max(0, Math.min(series.length - 1, Math.floor(t)));
  let failedSoFar = 0;
  for (let i = 0; i <= index; i++) {
    for (const c of Object.values(series[i].clients)) failedSoFar += c.failed;
  }
  const row = series[index];
  const clients = Object.values(row.clients);
  return {
    t: row.t,
    sent: clients.reduce((n, c) => n + c.sent, 0),
    failed: clients.reduce((n, c) => n + c.failed, 0),
    failedSoFar,
    queued: Object.values(row.queues).reduce((n, q) => n + q.depth, 0),
    down: Object.entries(row.nodes)
      .filter(([, n]) => n.health === 'down' || n.health === 'restarting')
      .map(([id]) => id),
  };
}
