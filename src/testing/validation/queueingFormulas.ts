/**
 * Steady-state results of queueing theory, the oracle the engine is checked against. Rates
 * are per second, times in milliseconds. Test-only code: it uses Math.log and Math.exp
 * freely, since it computes expectations, not simulated runs.
 *
 * The cases the engine is checked on, each over ≥ 10⁶ requests with Poisson arrivals (the
 * labels name them in the tests; queueingFormulas.test.ts pins the expected figures):
 * - Q1–Q3, M/M/1 (one worker, exponential 10 ms): λ = 80, 50 and 95 per second.
 * - Q4, M/D/1 (one worker, constant 10 ms): λ = 80 per second.
 * - Q5–Q7, M/M/c (Erlang C, exponential service): λ = 80 on 4 workers of 40 ms, λ = 80 on 2
 *   of 20 ms, λ = 90 on 10 of 100 ms.
 * - Q8–Q9, M/M/1/K (one worker, a backlog of 9, so K = 10): λ = 120 and 80 per second.
 * - Q10, M/M/1 with a LIFO backlog (lifo.test.ts): the same W as Q1, a longer tail.
 * - L1, Little's law (little.ts), checked on every run above.
 */

/** M/M/c: arrival rate λ, service rate μ per worker, c workers. */
export interface MMc {
  lambda: number;
  mu: number;
  c: number;
}

/** Erlang C: the probability that an arriving request waits for a worker. */
export function erlangC({ lambda, mu, c }: MMc): number {
  const a = lambda / mu;
  const rho = a / c;
  if (rho >= 1) throw new Error(`unstable: ρ = ${rho}`);
  // Σ a^k / k! for k < c, built term by term to stay exact for large c.
  let term = 1;
  let sum = 0;
  for (let k = 0; k < c; k++) {
    sum += term;
    term *= a / (k + 1);
  }
  const last = term / (1 - rho);
  return last / (sum + last);
}

/** M/M/c mean time in system W = 1/μ + C / (cμ − λ), in ms. */
export function mmcMeanMs(q: MMc): number {
  return 1000 * (1 / q.mu + erlangC(q) / (q.c * q.mu - q.lambda));
}

/**
 * M/M/c: P(time in system > t ms). The time is S + (with probability C) an exponential
 * wait of rate cμ − λ, S exponential of rate μ.
 */
export function mmcSurvival(q: MMc, tMs: number): number {
  const t = tMs / 1000;
  const C = erlangC(q);
  const theta = q.c * q.mu - q.lambda;
  const es = Math.exp(-q.mu * t);
  if (Math.abs(theta - q.mu) < 1e-9) return (1 - C) * es + C * es * (1 + q.mu * t);
  const convolved = (theta * es - q.mu * Math.exp(-theta * t)) / (theta - q.mu);
  return (1 - C) * es + C * convolved;
}

/** The p-quantile (0 < p < 1) of a decreasing survival function, in ms, by bisection. */
export function quantileMs(survival: (tMs: number) => number, p: number): number {
  let lo = 0;
  let hi = 1;
  while (survival(hi) > 1 - p) hi *= 2;
  for (let i = 0; i < 200; i++) {
    const mid = (lo + hi) / 2;
    if (survival(mid) > 1 - p) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

/** M/M/1 p-quantile of time in system: −ln(1−p)/(μ−λ), in ms. */
export function mm1QuantileMs(lambda: number, mu: number, p: number): number {
  return (1000 * -Math.log(1 - p)) / (mu - lambda);
}

/** M/D/1 mean time in system: 1/μ + ρ / (2μ(1−ρ)), in ms. */
export function md1MeanMs(lambda: number, mu: number): number {
  const rho = lambda / mu;
  return 1000 * (1 / mu + rho / (2 * mu * (1 - rho)));
}

/** M/M/1/K (K places in the system, waiting included): blocking, throughput, L and W. */
export function mm1k(lambda: number, mu: number, K: number) {
  const r = lambda / mu;
  const blocking = ((1 - r) * r ** K) / (1 - r ** (K + 1));
  const throughput = lambda * (1 - blocking);
  const inSystem = r / (1 - r) - ((K + 1) * r ** (K + 1)) / (1 - r ** (K + 1));
  return { blocking, throughput, inSystem, meanMs: (1000 * inSystem) / throughput };
}
