/**
 * Steady-state results of queueing theory: what the inspector shows beside a node's measured
 * figures (docs/theory.md) and the oracle the engine is checked against (docs/validation.md).
 * One copy: the validation suite imports these. Rates are per second, times in
 * milliseconds. Pure, and free to use Math.log and Math.exp: it computes expectations, not
 * simulated runs, so it never touches a run's determinism.
 *
 * The cases the engine is checked on, each over ≥ 10⁶ requests with Poisson arrivals (the
 * labels name them in the validation tests; queueing.test.ts pins the expected figures):
 * - Q1–Q3, M/M/1 (one worker, exponential 10 ms): λ = 80, 50 and 95 per second.
 * - Q4, M/D/1 (one worker, constant 10 ms): λ = 80 per second.
 * - Q5–Q7, M/M/c (Erlang C, exponential service): λ = 80 on 4 workers of 40 ms, λ = 80 on 2
 *   of 20 ms, λ = 90 on 10 of 100 ms.
 * - Q8–Q9, M/M/1/K (one worker, a backlog of 9, so K = 10): λ = 120 and 80 per second.
 * - Q10, M/M/1 with a LIFO backlog (lifo.test.ts): the same W as Q1, a longer tail.
 * - L1, Little's law (littlesLaw below), checked on every run above.
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

/** What a queue with a bounded system predicts: blocking, throughput, L and W. */
export interface BoundedQueueFigures {
  /** Fraction of arrivals turned away because all K places are taken. */
  blocking: number;
  /** Requests served per second: λ(1 − blocking). */
  throughput: number;
  /** Mean number in the system (waiting or in service): L. */
  inSystem: number;
  /** Mean time in the system of a served request, ms: W = L ÷ throughput. */
  meanMs: number;
}

/** M/M/1/K (K places in the system, waiting included): blocking, throughput, L and W. */
export function mm1k(lambda: number, mu: number, K: number): BoundedQueueFigures {
  const r = lambda / mu;
  const blocking = ((1 - r) * r ** K) / (1 - r ** (K + 1));
  const throughput = lambda * (1 - blocking);
  const inSystem = r / (1 - r) - ((K + 1) * r ** (K + 1)) / (1 - r ** (K + 1));
  return { blocking, throughput, inSystem, meanMs: (1000 * inSystem) / throughput };
}

/** M/M/c/K: everything the inspector shows for c workers and K places in all (K ≥ c). */
export interface MMcKFigures extends BoundedQueueFigures {
  /** Fraction of worker time busy: throughput ÷ (cμ). */
  utilisation: number;
  /** Fraction of accepted requests that wait for a worker. */
  waitProbability: number;
  /** Mean wait for a worker, ms, over accepted requests: Wq = W − 1/μ. */
  meanWaitMs: number;
}

/**
 * M/M/c/K by its stationary distribution: pₙ ∝ aⁿ/n! for n ≤ c and a^c/c! · ρ^(n−c) above,
 * with a = λ/μ and ρ = a/c, for n = 0 … K. Computed in logarithms, so a long backlog under
 * overload (ρ > 1, K in the millions) neither overflows nor loses the small states. K = c is
 * Erlang B (no backlog: every request that finds the workers busy is lost); K = c + 9 with c = 1
 * is mm1k's Q8.
 */
export function mmck({ lambda, mu, c }: MMc, K: number): MMcKFigures {
  if (!(K >= c)) throw new Error(`K = ${K} must hold at least the c = ${c} workers`);
  const a = lambda / mu;
  const logs = new Float64Array(K + 1);
  let max = 0;
  for (let n = 1; n <= K; n++) {
    logs[n] = logs[n - 1] + Math.log(a / Math.min(n, c));
    if (logs[n] > max) max = logs[n];
  }
  let total = 0;
  let weighted = 0;
  let waiting = 0;
  for (let n = 0; n <= K; n++) {
    const p = Math.exp(logs[n] - max);
    total += p;
    weighted += n * p;
    if (n >= c && n < K) waiting += p;
  }
  const blocking = Math.exp(logs[K] - max) / total;
  const inSystem = weighted / total;
  const throughput = lambda * (1 - blocking);
  const meanMs = throughput > 0 ? (1000 * inSystem) / throughput : 1000 / mu;
  return {
    blocking,
    throughput,
    inSystem,
    meanMs,
    utilisation: throughput / (c * mu),
    waitProbability: blocking < 1 ? waiting / total / (1 - blocking) : 1,
    meanWaitMs: Math.max(0, meanMs - 1000 / mu),
  };
}

/** Little's law on one node: the measured L against λW, and how far apart they are. */
export interface LittleCheck {
  /** Time-averaged number in the node. */
  L: number;
  /** Throughput (per second) × mean time in system (s). */
  lambdaW: number;
  /** |L − λW| ÷ L (0 when both are 0, 1 when only L is). */
  relativeDifference: number;
}

/**
 * L = λW from three figures of one run: the time-averaged number in the node, its
 * throughput (per second) and its mean time in system (ms).
 */
export function littlesLaw(L: number, throughputPerS: number, meanMs: number): LittleCheck {
  const lambdaW = (throughputPerS * meanMs) / 1000;
  const relativeDifference = L > 0 ? Math.abs(L - lambdaW) / L : lambdaW > 0 ? 1 : 0;
  return { L, lambdaW, relativeDifference };
}
