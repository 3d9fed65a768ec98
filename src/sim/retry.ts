/**
 * Delays between attempts of an RPC call: backoff (none, constant, exponential with a cap)
 * and jitter (none, full, equal, decorrelated — the variants of the AWS Architecture Blog's
 * "Exponential Backoff And Jitter").
 */
export const BACKOFF_NONE = 0;
export const BACKOFF_CONSTANT = 1;
export const BACKOFF_EXPONENTIAL = 2;
export const JITTER_NONE = 0;
export const JITTER_FULL = 1;
export const JITTER_EQUAL = 2;
export const JITTER_DECORRELATED = 3;

export interface RetryParams {
  backoff: number;
  baseMs: number;
  capMs: number;
  jitter: number;
}

/** The delay before retry number `retry` (1 = the first retry), before jitter. */
export function backoffDelay(p: RetryParams, retry: number): number {
  if (p.backoff === BACKOFF_NONE) return 0;
  if (p.backoff === BACKOFF_CONSTANT) return p.baseMs;
  let d = p.baseMs;
  // Doubling by multiplication (no Math.pow): exact and the same in every engine.
  for (let i = 1; i < retry && d < p.capMs; i++) d *= 2;
  return Math.min(d, p.capMs);
}

/**
 * The delay actually waited: `u` is a uniform draw in (0, 1) and `prev` the previous delay
 * (decorrelated jitter grows from it: min(cap, rand(base, prev × 3))).
 */
export function retryDelay(p: RetryParams, retry: number, prev: number, u: number): number {
  const d = backoffDelay(p, retry);
  switch (p.jitter) {
    case JITTER_FULL:
      return u * d;
    case JITTER_EQUAL:
      return d / 2 + (u * d) / 2;
    case JITTER_DECORRELATED: {
      if (p.backoff === BACKOFF_NONE) return 0;
      const from = p.baseMs;
      const to = (prev > 0 ? prev : p.baseMs) * 3;
      const v = from + u * (to - from);
      return Math.min(v, p.capMs);
    }
    default:
      return d;
  }
}
