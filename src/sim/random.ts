/**
 * Seeded random streams, the same in every JavaScript engine (a shared link replays the same
 * run everywhere): sfc32 generators seeded by
 * splitmix32 from (run seed, owner id hash, purpose). Each node or edge gets its own stream
 * per purpose, so adding a node never changes the draws of the others. The state of every
 * stream lives in one Uint32Array, so it is checkpointed with the rest of the run.
 */

/** What a stream is used for; part of its seed. */
export const PURPOSE = {
  arrival: 1,
  route: 2,
  serviceTime: 3,
  error: 4,
  jitter: 5,
} as const;

/** FNV-1a hash of a string (ids are ASCII by schema). */
export function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** One step of splitmix32: a well-mixed 32-bit value from a counter. */
function splitmix32(state: number): number {
  let z = (state + 0x9e3779b9) | 0;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return (z ^ (z >>> 16)) >>> 0;
}

/** Writes the initial sfc32 state of stream `index` into `states`. */
export function seedStream(
  states: Uint32Array,
  index: number,
  seed: number,
  ownerHash: number,
  purpose: number,
): void {
  let x = splitmix32(seed ^ Math.imul(purpose, 0x27d4eb2f));
  x = splitmix32(x ^ ownerHash);
  const o = index * 4;
  let c = x;
  for (let i = 0; i < 4; i++) {
    c = splitmix32(c + i);
    states[o + i] = c;
  }
  // Discard the first draws: sfc32 needs a few rounds to mix a fresh state.
  for (let i = 0; i < 12; i++) nextUint32(states, index);
}

/** The next 32-bit value of stream `index` (sfc32). */
export function nextUint32(s: Uint32Array, index: number): number {
  const o = index * 4;
  const a = s[o];
  const b = s[o + 1];
  const c = s[o + 2];
  const d = s[o + 3];
  const t = (((a + b) | 0) + d) | 0;
  s[o + 3] = d + 1;
  s[o] = b ^ (b >>> 9);
  s[o + 1] = c + (c << 3);
  const cr = (c << 21) | (c >>> 11);
  s[o + 2] = cr + t;
  return t >>> 0;
}

/** A uniform draw in (0, 1): never exactly 0 or 1, so its logarithm is finite. */
export function nextUnit(s: Uint32Array, index: number): number {
  return (nextUint32(s, index) + 0.5) / 4294967296;
}
