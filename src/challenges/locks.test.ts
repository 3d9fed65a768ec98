import { describe, expect, it } from 'vitest';
import { getChallenge } from './campaign';
import { challengeLocks } from './locks';
import { startOf } from './startOf';

describe('challengeLocks', () => {
  it('answers as the tamper check rules: freed parameters, added items, rerouted edges', () => {
    const challenge = getChallenge('survive-redeploy')!;
    const locks = challengeLocks(challenge, startOf(challenge));
    expect(locks.isStartNode('payments')).toBe(true);
    expect(locks.mayRemoveNode('payments')).toBe(false);
    expect(locks.mayRemoveNode('my-queue')).toBe(true);
    expect(locks.mayEditNodeParam('payments', 'workers')).toBe(false);
    expect(locks.mayEditNodeParam('client', 'completion')).toBe(true);
    expect(locks.mayEditNodeParam('client', 'rate')).toBe(false);
    expect(locks.mayEditNodeParam('my-queue', 'capacity')).toBe(true);
    expect(locks.mayRemoveEdge('orders-payments')).toBe(true);
    expect(locks.mayTurnAsync('orders-payments')).toBe(true);
    expect(locks.mayRemoveEdge('client-orders')).toBe(false);
    expect(locks.mayTurnAsync('client-orders')).toBe(false);
    expect(locks.mayAddKind('queue')).toBe(true);
    expect(locks.mayAddKind('service')).toBe(false);
    expect(locks.mayConnect('orders', 'payments')).toBe(false);
    expect(locks.mayConnect('orders', 'my-queue')).toBe(true);
  });

  it('a freed set frees its fields; an edge freed for replacement may go but not turn async', () => {
    const breaker = getChallenge('breaker')!;
    const locks = challengeLocks(breaker, startOf(breaker));
    expect(locks.mayEditEdgeParam('product-reviews', 'breaker.openS')).toBe(true);
    expect(locks.mayEditEdgeParam('product-reviews', 'retry.maxAttempts')).toBe(false);
    const bulkhead = getChallenge('bulkhead')!;
    const walls = challengeLocks(bulkhead, startOf(bulkhead));
    expect(walls.mayRemoveEdge('frontend-recs')).toBe(true);
    expect(walls.mayTurnAsync('frontend-recs')).toBe(false);
  });
});
