/**
 * Che's approximation of an LRU cache's hit ratio under independent requests (the
 * independent reference model): a key stays cached for a "characteristic time" T after its
 * last request, the same for every key, where T is the time (counted in requests) in which
 * `capacity` distinct keys are requested:
 *
 *   Σ_i (1 − e^(−p_i T)) = C,   hit ratio = Σ_i p_i (1 − e^(−p_i T)).
 *
 * H. Che, Y. Tung, Z. Wang, "Hierarchical Web caching systems: modeling, design and
 * experimental results", IEEE JSAC 20(7), 2002; accurate to within about a percent for Zipf
 * popularity (Fricker, Robert, Roberts, ITC 2012). Test code: Math.exp is fine here.
 */

/** T such that the expected number of distinct keys requested in T requests equals `capacity`. */
export function cheCharacteristicTime(p: ArrayLike<number>, capacity: number): number {
  if (capacity >= p.length) return Number.POSITIVE_INFINITY;
  const filled = (t: number) => {
    let sum = 0;
    for (let i = 0; i < p.length; i++) sum += 1 - Math.exp(-p[i] * t);
    return sum;
  };
  let lo = 0;
  let hi = capacity;
  while (filled(hi) < capacity) hi *= 2;
  for (let k = 0; k < 200 && hi - lo > 1e-9 * hi; k++) {
    const mid = (lo + hi) / 2;
    if (filled(mid) < capacity) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

/** The hit ratio Che's approximation predicts for an LRU cache of `capacity` entries over key probabilities `p`. */
export function cheHitRatio(p: ArrayLike<number>, capacity: number): number {
  const t = cheCharacteristicTime(p, capacity);
  if (!Number.isFinite(t)) return 1;
  let hit = 0;
  for (let i = 0; i < p.length; i++) hit += p[i] * (1 - Math.exp(-p[i] * t));
  return hit;
}
