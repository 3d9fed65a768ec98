/** Simulated ms as "20.0 s" (the event log's and the timeline's format). */
export function formatSeconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}
