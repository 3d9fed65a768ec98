/**
 * Key popularity for caches: a Zipf law over keys 0 … n−1, key k drawn with probability
 * proportional to 1 / (k+1)^s (s = 0: uniform). The cumulative weights are computed once
 * when the topology is compiled; each draw is one uniform number and a binary search, with
 * no state besides the caller's random stream.
 */
import { detExp, detLog } from './detMath';

/**
 * Cumulative (unnormalised) weights of keys 0 … n−1 for exponent `s`. Powers go through
 * detLog/detExp so every JavaScript engine computes the same bits (docs/engine.md, Randomness).
 */
export function zipfCdf(n: number, s: number): Float64Array {
  const cdf = new Float64Array(n);
  let acc = 0;
  for (let k = 0; k < n; k++) {
    const rank = k + 1;
    acc += s === 0 ? 1 : s === 1 ? 1 / rank : detExp(-s * detLog(rank));
    cdf[k] = acc;
  }
  return cdf;
}

/** The key whose cumulative weight first reaches `u` × total, for a uniform `u` in (0, 1). */
export function drawZipf(cdf: Float64Array, u: number): number {
  const target = u * cdf[cdf.length - 1];
  let lo = 0;
  let hi = cdf.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (cdf[mid] < target) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The probability of each key (what the draws follow): for tests and the validation formulas. */
export function zipfProbabilities(n: number, s: number): Float64Array {
  const cdf = zipfCdf(n, s);
  const total = cdf[n - 1];
  const p = new Float64Array(n);
  let prev = 0;
  for (let k = 0; k < n; k++) {
    p[k] = (cdf[k] - prev) / total;
    prev = cdf[k];
  }
  return p;
}
