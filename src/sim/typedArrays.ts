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
