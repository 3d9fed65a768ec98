/**
 * Expected waits when one Poisson stream is spread over k identical single-worker backends
 * with exponential service (rate μ each), for the load balancer cases (balancer.test.ts).
 * Test-only code: Math.pow and friends are fine here.
 *
 * - Random: each backend sees a Poisson stream of λ/k (thinning), so it is an M/M/1 at λ/k.
 * - Round robin: each backend sees every k-th arrival, so Erlang-k gaps of mean k/λ: an
 *   E_k/M/1 queue. A GI/M/1 queue has W = 1 / (μ(1 − σ)), σ the root in (0, 1) of
 *   σ = A*(μ(1 − σ)), A* the Laplace transform of the gap; for Erlang-k gaps of stage rate λ,
 *   A*(s) = (λ / (λ + s))^k.
 * - Least outstanding (join the shortest queue): no closed form; the M/M/k queue (one shared
 *   line) is a lower bound — no dispatcher that commits each request to a backend on arrival
 *   does better than one shared line — and JSQ is known to stay close to it.
 */

/** Mean time in system (ms) at each backend under round robin: E_k/M/1 with total rate λ. */
export function roundRobinMeanMs(lambda: number, mu: number, k: number): number {
  if (lambda >= k * mu) throw new Error(`unstable: ρ = ${lambda / (k * mu)}`);
  // Fixed-point iteration: σ ↦ A*(μ(1 − σ)) is increasing and convex in σ and converges to
  // the root below 1 from 0.
  let sigma = 0;
  for (let i = 0; i < 10_000; i++) {
    const next = (lambda / (lambda + mu * (1 - sigma))) ** k;
    if (Math.abs(next - sigma) < 1e-15) break;
    sigma = next;
  }
  return 1000 / (mu * (1 - sigma));
}

/** Mean time in system (ms) at each backend under random spreading: M/M/1 at λ/k. */
export function randomMeanMs(lambda: number, mu: number, k: number): number {
  return 1000 / (mu - lambda / k);
}
