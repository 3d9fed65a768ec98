/**
 * Fixed-size latency histograms: memory does not grow with the number of samples.
 * Buckets follow the bits of the IEEE 754 double (exponent plus the top 6 bits of the
 * mantissa), so a bucket spans 1/64 of its power of two and its midpoint is within 0.8 %
 * of every value in it. No logarithm is needed: the bucket index is integer arithmetic.
 */
import type { LatencySummary } from './report';
import { doubleBits } from './typedArrays';

const SUB_BITS = 6;
const SUB = 1 << SUB_BITS;
/** Smallest and largest exponents tracked: 2^-10 ms (~1 µs) to 2^27 ms (~37 hours). */
const MIN_EXP = -10;
const MAX_EXP = 27;
/** Bucket 0 holds values below 2^MIN_EXP (including 0). */
export const HISTOGRAM_BUCKETS = (MAX_EXP - MIN_EXP + 1) * SUB + 1;

/** A double's bits (scratch within one call): the bucket index is read from them. */
const BITS = doubleBits();
const F64 = BITS.f64;
const U32 = BITS.u32;
const HI = BITS.hi;

export interface Histogram {
  /** 32-bit counts keep checkpoints small; a full bucket saturates instead of wrapping. */
  counts: Uint32Array;
  n: number;
  sum: number;
  min: number;
  max: number;
}

/** A histogram; `used: false` gives an empty placeholder (no buckets) for a metric a node kind never records. */
export function createHistogram(used = true): Histogram {
  return {
    counts: new Uint32Array(used ? HISTOGRAM_BUCKETS : 0),
    n: 0,
    sum: 0,
    min: Number.POSITIVE_INFINITY,
    max: 0,
  };
}

/**
 * The bucket `v` is counted in, from its key: its biased exponent and the top SUB_BITS of
 * its mantissa as one integer (the sign dropped), high word >>> (20 - SUB_BITS). Bucket
 * b ≥ 1 is key (1023 + MIN_EXP) * SUB - 1 + b, so consecutive buckets are consecutive keys
 * and no exponent needs taking apart. Those constants are written out as literals (14,
 * 64831, and HISTOGRAM_BUCKETS = 2433; histogram.test.ts checks every bucket's rule):
 * bundled, a module-level constant becomes a `var` that optimised code reloads and checks
 * on every use, and this runs for every reply.
 */
export function histogramBucket(v: number): number {
  F64[0] = v;
  // The high word's bits 30..14: << 1 drops the sign (shorter bytecode than & 0x7fffffff).
  const b = ((U32[HI] << 1) >>> 15) - 64831;
  // Below 2^MIN_EXP (zero and subnormals too) in bucket 0, above 2^(MAX_EXP+1) (∞, NaN) in the last.
  if (b < 0) return 0;
  return b < 2433 ? b : 2432;
}

/** The middle of bucket `b`'s range, rebuilt from its bits. */
function bucketMid(b: number): number {
  if (b === 0) return 0;
  const k = b - 1;
  const e = Math.floor(k / SUB) + MIN_EXP;
  const m = k % SUB;
  // 2^e * (1 + (m + 0.5) / 64), computed exactly with powers of two.
  let p = 1;
  if (e >= 0) for (let i = 0; i < e; i++) p *= 2;
  else for (let i = 0; i > e; i--) p /= 2;
  return p * (1 + (m + 0.5) / SUB);
}

export function recordValue(h: Histogram, v: number): void {
  countInBucket(h, histogramBucket(v), v);
}

/**
 * Counts `v`, whose bucket is `b` (histogramBucket): a value recorded in two histograms (a
 * whole run's and its current second's) has its bucket found once.
 */
export function countInBucket(h: Histogram, b: number, v: number): void {
  const counts = h.counts;
  if (counts[b] !== 0xffffffff) counts[b]++;
  h.n++;
  h.sum += v;
  if (v < h.min) h.min = v;
  if (v > h.max) h.max = v;
}

/** The value below which a fraction `q` of the samples lie (bucket midpoint, clamped to min/max). */
export function quantile(h: Histogram, q: number): number {
  if (h.n === 0) return 0;
  const rank = q * h.n;
  let seen = 0;
  const counts = h.counts;
  for (let b = 0; b < counts.length; b++) {
    seen += counts[b];
    if (seen >= rank && counts[b] > 0) {
      if (b === counts.length - 1) return h.max; // Overflow bucket: beyond ~37 hours.
      const mid = bucketMid(b);
      return mid < h.min ? h.min : Math.min(mid, h.max);
    }
  }
  return h.max;
}

export function summarize(h: Histogram): LatencySummary {
  if (h.n === 0) return { mean: 0, p50: 0, p95: 0, p99: 0 };
  return { mean: h.sum / h.n, p50: quantile(h, 0.5), p95: quantile(h, 0.95), p99: quantile(h, 0.99) };
}

export function clearHistogram(h: Histogram): void {
  if (h.n === 0) return;
  h.counts.fill(0);
  h.n = 0;
  h.sum = 0;
  h.min = Number.POSITIVE_INFINITY;
  h.max = 0;
}
