/**
 * Deterministic natural logarithm and exponential: a shared link must replay the same run in
 * every browser.
 * `Math.log` and `Math.exp` may differ in the last bit between JavaScript engines, which
 * would make a shared link replay differently in another browser. These follow the
 * classic fdlibm algorithms using only + - * / and bit manipulation, so every engine that
 * implements IEEE 754 doubles gets the same bits (within 1 ulp of the true value).
 */

import { doubleBits } from './typedArrays';

/** A double's bits (scratch within one call); `hi` is the half with the sign and exponent. */
const BITS = doubleBits();
const HI = BITS.hi;
const LO = BITS.lo;

/** Natural logarithm, bit-for-bit reproducible across engines. */
export function detLog(x: number): number {
  const MIN_NORMAL = 2.2250738585072014e-308; // 2^-1022
  const TWO54 = 1.8014398509481984e16;
  if (Number.isNaN(x) || x < 0) return Number.NaN;
  if (x === 0) return Number.NEGATIVE_INFINITY;
  if (x === Number.POSITIVE_INFINITY) return x;
  // Subnormal: scale up into the normal range first (2^54), and take the 54 back in k.
  if (x < MIN_NORMAL) return lnScaled(x * TWO54, -54);
  return lnScaled(x, 0);
}

/**
 * The logarithm of a positive normal double: detLog without the checks for NaN, negative,
 * zero, infinite and subnormal arguments, and bit-for-bit the same result. For a random
 * draw from nextUnit (random.ts), which is always in (0, 1) and never subnormal: every
 * exponential service time and Poisson arrival takes one, and the checks' bytecode would
 * use up a fifth of the inlining budget V8 gives the function that draws.
 */
export function detLogNormal(x: number): number {
  return lnScaled(x, 0);
}

/** ln(x) + k·ln 2 for a positive normal double x and an integer k (fdlibm's e_log.c). */
function lnScaled(x: number, k: number): number {
  // Its constants are local: bundled, a module-level constant becomes a `var` that optimised
  // code reloads and checks on every use, and this runs twice per request.
  const LN2_HI = 0.6931471803691238;
  const LN2_LO = 1.9082149292705877e-10;
  const LG1 = 0.6666666666666735;
  const LG2 = 0.3999999999940942;
  const LG3 = 0.2857142874366239;
  const LG4 = 0.22222198432149784;
  const LG5 = 0.1818357216161805;
  const LG6 = 0.15313837699209373;
  const LG7 = 0.14798198605116586;
  // HI read once: optimised code reloads and checks a module-level variable at every use.
  const { f64, u32 } = BITS;
  const hi = HI;
  f64[0] = x;
  let hx = u32[hi];
  k += (hx >> 20) - 1023;
  hx &= 0x000fffff;
  const i = (hx + 0x95f64) & 0x100000;
  // Normalise x into [sqrt(2)/2, sqrt(2)).
  u32[hi] = hx | (i ^ 0x3ff00000);
  k += i >> 20;
  const f = f64[0] - 1;
  const s = f / (2 + f);
  const z = s * s;
  const w = z * z;
  const t1 = w * (LG2 + w * (LG4 + w * LG6));
  const t2 = z * (LG1 + w * (LG3 + w * (LG5 + w * LG7)));
  const r = t2 + t1;
  const hfsq = 0.5 * f * f;
  const dk = k;
  if (k === 0) return f - (hfsq - s * (hfsq + r));
  return dk * LN2_HI - (hfsq - (s * (hfsq + r) + dk * LN2_LO) - f);
}

/** ln 2 in two parts, for detExp; detLog keeps its own copy inside it (see why there). */
const LN2_HI = 0.6931471803691238;
const LN2_LO = 1.9082149292705877e-10;
const P1 = 0.16666666666666602;
const P2 = -0.0027777777777015593;
const P3 = 0.00006613756321437934;
const P4 = -0.0000016533902205465252;
const P5 = 4.1381367970572385e-8;
const INV_LN2 = Math.LOG2E;
const OVERFLOW = 709.782712893384;
const UNDERFLOW = -745.1332191019411;

/** 2^k for an integer k in the normal range, built from its bits. */
function pow2(k: number): number {
  BITS.u32[HI] = (k + 1023) << 20;
  BITS.u32[LO] = 0;
  return BITS.f64[0];
}

/** e^x, bit-for-bit reproducible across engines. */
export function detExp(x: number): number {
  if (Number.isNaN(x)) return x;
  if (x > OVERFLOW) return Number.POSITIVE_INFINITY;
  if (x < UNDERFLOW) return 0;
  if (x === 0) return 1;
  // Reduce: x = k*ln2 + r with |r| <= ln2/2.
  const kf = x * INV_LN2;
  const k = kf < 0 ? Math.ceil(kf - 0.5) : Math.floor(kf + 0.5);
  const hi = x - k * LN2_HI;
  const lo = k * LN2_LO;
  const r = hi - lo;
  const t = r * r;
  const c = r - t * (P1 + t * (P2 + t * (P3 + t * (P4 + t * P5))));
  const y = 1 - (lo - (r * c) / (2 - c) - hi);
  if (k === 0) return y;
  // Scale in two steps so neither factor leaves the normal range.
  if (k > 1000) return y * pow2(1000) * pow2(k - 1000);
  if (k < -1000) return y * pow2(-1000) * pow2(k + 1000);
  return y * pow2(k);
}
