import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { throttleLatest } from './throttleLatest';

describe('throttleLatest', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('emits the first value at once, then at most once per interval, ending on the latest', () => {
    const out: number[] = [];
    const t = throttleLatest(
      1000,
      (v: number) => out.push(v),
      () => Date.now(),
    );
    t.push(1, false);
    expect(out).toEqual([1]);
    vi.advanceTimersByTime(100);
    t.push(2, false);
    vi.advanceTimersByTime(100);
    t.push(3, false);
    expect(out).toEqual([1]);
    vi.advanceTimersByTime(799);
    expect(out).toEqual([1]);
    vi.advanceTimersByTime(1);
    expect(out).toEqual([1, 3]);
    vi.advanceTimersByTime(5000);
    expect(out).toEqual([1, 3]);
  });

  it('emits urgent values at once and drops the waiting one they replace', () => {
    const out: number[] = [];
    const t = throttleLatest(
      1000,
      (v: number) => out.push(v),
      () => Date.now(),
    );
    t.push(1, false);
    t.push(2, false);
    t.push(3, true);
    expect(out).toEqual([1, 3]);
    vi.advanceTimersByTime(2000);
    expect(out).toEqual([1, 3]);
  });

  it('emits nothing after cancel', () => {
    const out: number[] = [];
    const t = throttleLatest(
      1000,
      (v: number) => out.push(v),
      () => Date.now(),
    );
    t.push(1, false);
    t.push(2, false);
    t.cancel();
    vi.advanceTimersByTime(2000);
    expect(out).toEqual([1]);
  });

  it('emits a waiting value early when its turn is at most earlyMs away (the page changes anyway)', () => {
    const out: number[] = [];
    const t = throttleLatest(
      200,
      (v: number) => out.push(v),
      () => Date.now(),
    );
    t.push(1, false);
    vi.advanceTimersByTime(100);
    t.push(2, false);
    t.flushIfDue(50);
    expect(out).toEqual([1]);
    vi.advanceTimersByTime(60);
    t.flushIfDue(50);
    expect(out).toEqual([1, 2]);
    // The timer it replaced does not emit again, and nothing waits now.
    vi.advanceTimersByTime(1000);
    t.flushIfDue(50);
    expect(out).toEqual([1, 2]);
  });

  it('holds a value whose turn has come for holdMs, for a flushIfDue to take it along', () => {
    const out: number[] = [];
    const t = throttleLatest(
      200,
      (v: number) => out.push(v),
      () => Date.now(),
      250,
    );
    vi.advanceTimersByTime(1000);
    t.push(1, false);
    expect(out).toEqual([]);
    vi.advanceTimersByTime(100);
    t.flushIfDue(0);
    expect(out).toEqual([1]);
    // Nothing to join: it goes on its own after holdMs.
    vi.advanceTimersByTime(1000);
    t.push(2, false);
    vi.advanceTimersByTime(249);
    expect(out).toEqual([1]);
    vi.advanceTimersByTime(1);
    expect(out).toEqual([1, 2]);
    // Urgent values never wait.
    vi.advanceTimersByTime(1000);
    t.push(3, true);
    expect(out).toEqual([1, 2, 3]);
  });

  it('reads an adaptive interval at each value (a struggling page stretches it)', () => {
    const out: number[] = [];
    let intervalMs = 200;
    const t = throttleLatest(
      () => intervalMs,
      (v: number) => out.push(v),
      () => Date.now(),
    );
    t.push(1, false);
    vi.advanceTimersByTime(200);
    t.push(2, false);
    expect(out).toEqual([1, 2]);
    intervalMs = 800;
    vi.advanceTimersByTime(200);
    t.push(3, false);
    vi.advanceTimersByTime(599);
    expect(out).toEqual([1, 2]);
    vi.advanceTimersByTime(1);
    expect(out).toEqual([1, 2, 3]);
  });
});
