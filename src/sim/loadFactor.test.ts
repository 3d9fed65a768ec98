import { describe, expect, it } from 'vitest';
import { clientService } from '../testing/testDocs';
import { simulate } from './index';
import { compileLoadCurve, instanceLoadFactor, loadFactorAt } from './loadFactor';

const curve = (p: Record<string, unknown>) =>
  compileLoadCurve({
    curve: 'linear',
    measure: 'busyWorkers',
    knee: 4,
    slope: 0.25,
    rate: 0.2,
    max: 10,
    ...p,
  } as never);

describe('the load factor rule', () => {
  it('is off by default: no curve is compiled', () => {
    expect(curve({ curve: 'off' })).toBeNull();
  });

  it('linear: 1 up to the knee, then 1 + slope × (x − knee), capped', () => {
    const c = curve({});
    if (!c) throw new Error('compiled');
    expect(loadFactorAt(c, 0)).toBe(1);
    expect(loadFactorAt(c, 4)).toBe(1);
    expect(loadFactorAt(c, 6)).toBeCloseTo(1.5, 12);
    expect(loadFactorAt(c, 100)).toBe(10);
  });

  it('exponential: e^(rate × (x − knee)) past the knee, capped', () => {
    const c = curve({ curve: 'exponential', rate: 0.5, max: 5 });
    if (!c) throw new Error('compiled');
    expect(loadFactorAt(c, 3)).toBe(1);
    expect(loadFactorAt(c, 6)).toBeCloseTo(Math.E, 12);
    expect(loadFactorAt(c, 20)).toBe(5);
  });

  it('measures busy workers or the backlog, as chosen', () => {
    const busy = curve({});
    const backlog = curve({ measure: 'backlog' });
    if (!busy || !backlog) throw new Error('compiled');
    expect(instanceLoadFactor(busy, 8, 0)).toBe(2);
    expect(instanceLoadFactor(backlog, 8, 0)).toBe(1);
    expect(instanceLoadFactor(backlog, 1, 8)).toBe(2);
  });
});

describe('load-dependent service time in a run', () => {
  const constant = { distribution: 'constant', meanMs: 10 };
  const run = (loadFactor: Record<string, unknown>) =>
    simulate(
      clientService(
        { rate: 150, arrival: 'constant' },
        { workers: 1, backlogLimit: 'unlimited', serviceTime: constant, loadFactor },
        { timeoutMs: 3_600_000 },
        { durationS: 20 },
      ),
    );

  it('stretches each piece of work by the factor at its start, so an overloaded service gets slower still', () => {
    const plain = run({});
    // One worker always busy: x = 1 ≥ knee 0, factor 1 + 1 × 1 = 2 → 20 ms per request.
    const slowed = run({ curve: 'linear', knee: 0, slope: 1 });
    expect(plain.nodes.s.ok).toBeGreaterThan(1900);
    expect(slowed.nodes.s.ok).toBeGreaterThan(900);
    expect(slowed.nodes.s.ok).toBeLessThanOrEqual(1000);
    expect(plain.nodes.s.ok).toBeGreaterThan(slowed.nodes.s.ok * 1.9);
  });

  it('by the backlog: grows as the backlog does, up to the cap', () => {
    const slowed = run({ curve: 'exponential', measure: 'backlog', knee: 0, rate: 1, max: 4 });
    // The backlog grows past a few requests at once, so nearly every request takes 40 ms.
    expect(slowed.nodes.s.ok).toBeGreaterThan(490);
    expect(slowed.nodes.s.ok).toBeLessThan(520);
  });

  it('leaves a run whose load stays under the knee exactly as it was', () => {
    const plain = run({});
    const under = run({ curve: 'exponential', knee: 1, rate: 3 });
    expect(under).toEqual(plain);
  });
});
