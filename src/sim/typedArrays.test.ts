import { describe, expect, it } from 'vitest';
import { grown } from './typedArrays';

describe('grown', () => {
  it('keeps the type and the values, with room for more', () => {
    const a = Int32Array.of(3, -1, 7);
    const b = grown(a, 8);
    expect(b).toBeInstanceOf(Int32Array);
    expect([...b]).toEqual([3, -1, 7, 0, 0, 0, 0, 0]);
    expect(grown(Float64Array.of(0.5), 2)[0]).toBe(0.5);
  });
});
