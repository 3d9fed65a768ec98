import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createLru, lruClear, lruGet, lruPut } from './lru';

describe('LRU table', () => {
  it('evicts the least recently used entry when full', () => {
    const t = createLru(10, 2, false);
    lruPut(t, 1, 0);
    lruPut(t, 2, 0);
    expect(lruGet(t, 1, 0)).toBe(true); // 1 is now the most recent
    lruPut(t, 3, 0); // evicts 2
    expect(lruGet(t, 2, 0)).toBe(false);
    expect(lruGet(t, 1, 0)).toBe(true);
    expect(lruGet(t, 3, 0)).toBe(true);
    expect(t.size).toBe(2);
  });

  it('drops an expired entry on lookup and reuses its slot first', () => {
    const t = createLru(10, 2, true);
    lruPut(t, 1, 100);
    lruPut(t, 2, 1000);
    expect(lruGet(t, 1, 99)).toBe(true);
    expect(lruGet(t, 1, 100)).toBe(false);
    expect(t.size).toBe(1);
    lruPut(t, 3, 1000); // takes the empty slot: 2 stays
    expect(lruGet(t, 2, 500)).toBe(true);
    expect(lruGet(t, 3, 500)).toBe(true);
  });

  it('forgets everything when cleared', () => {
    const t = createLru(10, 4, false);
    for (const k of [1, 2, 3]) lruPut(t, k, 0);
    lruClear(t);
    expect(t.size).toBe(0);
    for (const k of [1, 2, 3]) expect(lruGet(t, k, 0)).toBe(false);
    lruPut(t, 5, 0);
    expect(lruGet(t, 5, 0)).toBe(true);
  });

  it('behaves like a reference LRU for any sequence of operations', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 6 }),
        fc.array(fc.record({ put: fc.boolean(), key: fc.integer({ min: 0, max: 9 }), clear: fc.nat(20) }), {
          maxLength: 200,
        }),
        (capacity, ops) => {
          const t = createLru(10, capacity, false);
          let ref: number[] = []; // most recent first
          for (const op of ops) {
            if (op.clear === 0) {
              lruClear(t);
              ref = [];
            } else if (op.put) {
              lruPut(t, op.key, 0);
              ref = [op.key, ...ref.filter((k) => k !== op.key)].slice(0, capacity);
            } else {
              const hit = ref.includes(op.key);
              expect(lruGet(t, op.key, 0)).toBe(hit);
              if (hit) ref = [op.key, ...ref.filter((k) => k !== op.key)];
            }
            expect(t.size).toBe(ref.length);
          }
        },
      ),
    );
  });
});
