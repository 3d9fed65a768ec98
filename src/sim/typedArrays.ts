/** The typed arrays the engine keeps its hot state in. */
export type NumberArray = Float64Array | Int32Array | Int8Array | Uint8Array;

/**
 * A copy of `array` with room for `length` elements. The engine's state lives in typed
 * arrays (no per-event allocation, cheap checkpoints), which cannot grow in place.
 */
export function grown<T extends NumberArray>(array: T, length: number): T {
  const next = new (array.constructor as new (n: number) => T)(length);
  next.set(array);
  return next;
}

/** One 8-byte buffer seen as a double and as two 32-bit words, to read and write a double's bits. */
export interface DoubleBits {
  readonly f64: Float64Array;
  readonly u32: Uint32Array;
  /** The word holding the sign and exponent (1 on little-endian machines), and the other. */
  readonly hi: number;
  readonly lo: number;
}

/**
 * A frozen DoubleBits. Its buffer is scratch, not state: every use writes it and reads it
 * back within one call, so nothing in it outlives the call or passes from one run to another.
 */
export function doubleBits(): DoubleBits {
  const f64 = new Float64Array(1);
  const u32 = new Uint32Array(f64.buffer);
  f64[0] = 1;
  const hi = u32[1] === 0x3ff00000 ? 1 : 0;
  return Object.freeze({ f64, u32, hi, lo: 1 - hi });
}
