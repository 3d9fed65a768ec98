import { describe, expect, it } from 'vitest';
import { backoffDelay, retryDelay } from './retry';

const NONE = 0;
const CONSTANT = 1;
const EXPONENTIAL = 2;
const params = (backoff: number, jitter: number) => ({ backoff, baseMs: 100, capMs: 1000, jitter });

describe('backoff', () => {
  it('none waits nothing, constant waits base, exponential doubles up to the cap', () => {
    expect(backoffDelay(params(NONE, 0), 3)).toBe(0);
    expect(backoffDelay(params(CONSTANT, 0), 1)).toBe(100);
    expect(backoffDelay(params(CONSTANT, 0), 5)).toBe(100);
    expect([1, 2, 3, 4, 5, 6].map((n) => backoffDelay(params(EXPONENTIAL, 0), n))).toEqual([
      100, 200, 400, 800, 1000, 1000,
    ]);
  });
});

describe('jitter', () => {
  it('none keeps the backoff', () => {
    expect(retryDelay(params(EXPONENTIAL, 0), 3, 0, 0.3)).toBe(400);
  });
  it('full draws in [0, d)', () => {
    expect(retryDelay(params(EXPONENTIAL, 1), 3, 0, 0)).toBe(0);
    expect(retryDelay(params(EXPONENTIAL, 1), 3, 0, 0.5)).toBe(200);
    expect(retryDelay(params(EXPONENTIAL, 1), 3, 0, 0.999)).toBeCloseTo(399.6, 6);
  });
  it('equal draws in [d/2, d)', () => {
    expect(retryDelay(params(EXPONENTIAL, 2), 3, 0, 0)).toBe(200);
    expect(retryDelay(params(EXPONENTIAL, 2), 3, 0, 0.5)).toBe(300);
  });
  it('decorrelated draws in [base, 3 × previous], capped', () => {
    expect(retryDelay(params(EXPONENTIAL, 3), 1, 0, 0)).toBe(100);
    expect(retryDelay(params(EXPONENTIAL, 3), 1, 0, 0.5)).toBe(200); // 100 + 0.5 × (300 − 100)
    expect(retryDelay(params(EXPONENTIAL, 3), 2, 250, 0.5)).toBe(425); // 100 + 0.5 × (750 − 100)
    expect(retryDelay(params(EXPONENTIAL, 3), 4, 900, 0.9)).toBe(1000);
  });
});
