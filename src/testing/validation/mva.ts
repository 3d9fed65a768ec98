/**
 * Exact Mean Value Analysis for a closed network of single-server FIFO stations with
 * exponential service, and users who think (an infinite-server delay station) between
 * requests: the reference for closed-loop clients (docs/validation.md). With n users,
 *   Rₖ(n) = Sₖ · (1 + Qₖ(n − 1)),  R(n) = Σ Rₖ(n),  X(n) = n / (R(n) + Z),  Qₖ(n) = X(n) · Rₖ(n),
 * starting from Qₖ(0) = 0 (Reiser and Lavenberg's arrival theorem).
 */

/** What MVA predicts for `users` users. */
export interface MvaResult {
  /** Mean response time, ms (from sending to the answer, over every station visited). */
  responseMs: number;
  /** Requests per second. */
  throughputPerS: number;
  /** Mean number of requests at each station. */
  queueLengths: number[];
}

/**
 * MVA for `users` users, `thinkMs` mean think time, and the mean service demand (ms) of one
 * request at each station, visited in turn.
 */
export function meanValueAnalysis(users: number, thinkMs: number, serviceMs: readonly number[]): MvaResult {
  let q = serviceMs.map(() => 0);
  let responseMs = 0;
  let throughputPerMs = 0;
  for (let n = 1; n <= users; n++) {
    const r = serviceMs.map((s, k) => s * (1 + q[k]));
    responseMs = r.reduce((a, b) => a + b, 0);
    throughputPerMs = n / (responseMs + thinkMs);
    q = r.map((rk) => throughputPerMs * rk);
  }
  return { responseMs, throughputPerS: throughputPerMs * 1000, queueLengths: q };
}
