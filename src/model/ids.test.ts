import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { edgeId, faultId, liveFaultId, nextId } from './ids';

describe('ids', () => {
  it('never hands out an id already taken, and marks the one it hands out as taken', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ maxLength: 12 }), { maxLength: 30 }),
        fc.string({ maxLength: 60 }),
        (taken, prefix) => {
          const set = new Set(taken);
          const before = new Set(set);
          const a = nextId(set, prefix);
          const b = nextId(set, prefix);
          expect(before.has(a)).toBe(false);
          expect(a).not.toBe(b);
          expect(set.has(a) && set.has(b)).toBe(true);
          expect(a).toMatch(/^[A-Za-z0-9_-]{1,48}-\d+$/);
        },
      ),
    );
  });

  it('reads like what it names', () => {
    const taken = new Set(['orders', 'payments', 'orders-payments', 'crash-orders']);
    expect(edgeId(taken, 'orders', 'payments')).toBe('orders-payments-1');
    expect(edgeId(taken, 'client', 'orders')).toBe('client-orders');
    expect(faultId(taken, 'crash', 'orders')).toBe('crash-orders-2');
    expect(faultId(taken, 'slow', 'orders')).toBe('slow-orders');
    expect(liveFaultId(taken, 'crash', 'orders')).toBe('live-crash-orders-1');
    expect(liveFaultId(taken, 'crash', 'orders')).toBe('live-crash-orders-2');
  });
});
