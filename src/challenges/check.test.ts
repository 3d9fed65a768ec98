import { describe, expect, it } from 'vitest';
import { parseDocument } from '../model';
import { simulate } from '../sim';
import { getChallenge } from './campaign';
import { async, client, queue, rpc, service, startDocument } from './campaign/build';
import { REFERENCE_SOLUTIONS } from './campaign/referenceSolutions';
import { checkChallenge, measureSeed, scoreSeeds, starsFor } from './check';
import { defineChallenge } from './format';
import { measureGoal } from './measure';
import { faultsAt } from './moment';
import { startOf } from './startOf';

const redeploy = getChallenge('survive-redeploy')!;

describe('stars', () => {
  it('1 for the goals, 2 within budget, 3 within 70 % of it', () => {
    expect(starsFor(false, 10, 100)).toBe(0);
    expect(starsFor(true, 101, 100)).toBe(1);
    expect(starsFor(true, 100, 100)).toBe(2);
    expect(starsFor(true, 70.01, 100)).toBe(2);
    expect(starsFor(true, 70, 100)).toBe(3);
  });
});

describe('checkChallenge', () => {
  it('finds the moment a missed goal broke, and the fault active then', () => {
    const card = checkChallenge(redeploy, startOf(redeploy), { seeds: [1, 2, 3, 4, 5] });
    const success = card.goals[0];
    expect(success.met).toBe(false);
    expect(success.atMs).toBe(20_000);
    expect(success.moment).toMatch(/^client success fell to \d+(\.\d)? % at 20 s: payments redeploy$/);
    // The value shown is the worst seed's, and that seed's moment.
    const worst = Math.min(...success.perSeed.map((s) => s.value));
    expect(success.measured).toBe(worst);
    expect(success.perSeed.find((s) => s.seed === success.seed)?.value).toBe(worst);
    expect(card.stars).toBe(0);
  });

  it('refuses a tampered solution without running it', () => {
    const doc = structuredClone(startOf(redeploy));
    doc.scenario.faults = [];
    const card = checkChallenge(redeploy, doc);
    expect(card.verdict).toBe('refused');
    expect(card.refusals).toEqual(['the fault timeline was changed']);
    expect(card.goals).toEqual([]);
    expect(card.stars).toBe(0);
  });

  it('seed by seed gives the same scorecard as all at once (the worker path)', () => {
    const parsed = parseDocument(REFERENCE_SOLUTIONS['survive-redeploy']);
    if (!parsed.ok) throw new Error('invalid');
    const seeds = [3, 1];
    const whole = checkChallenge(redeploy, parsed.doc, { seeds });
    const parts = scoreSeeds(
      redeploy,
      parsed.doc,
      seeds.map((s) => measureSeed(redeploy, parsed.doc, s)),
    );
    expect(parts).toEqual(whole);
    expect(whole.verdict).toBe('passed');
    expect(whole.stars).toBe(3);
  });

  it('a withinBudget goal is missed by a design over budget, and then no stars', () => {
    const tight = defineChallenge({
      ...redeploy,
      id: 'tight',
      budget: 100,
      goals: [{ kind: 'withinBudget' }],
    });
    const card = checkChallenge(tight, startOf(tight), { seeds: [1] });
    expect(card.goals[0]).toMatchObject({ met: false, measured: 189.8, unit: 'dollars', seed: null });
    expect(card.verdict).toBe('missed');
    expect(card.stars).toBe(0);
  });
});

describe('faultsAt', () => {
  it('names the active fault, else the last one over, else none', () => {
    const doc = startOf(redeploy);
    expect(faultsAt(doc, 25)).toBe('payments redeploy');
    expect(faultsAt(doc, 45)).toBe('after payments redeploy');
    expect(faultsAt(doc, 5)).toBe('no fault active');
    // A crash that hangs calls is named as a hang.
    expect(faultsAt(startOf(getChallenge('fail-fast')!), 25)).toBe('payments hang');
  });
});

describe('nothingLost', () => {
  it('counts each lost message once (dead-lettered includes expired) and finds when losses began', () => {
    const poison = getChallenge('poison')!;
    const doc = startOf(poison);
    const report = simulate(doc, { seed: 2, trackTransfers: false });
    const queue = report.queues['payments-queue'];
    expect(queue.deadLettered).toBeGreaterThan(0);
    const strict = measureGoal(
      { kind: 'nothingLost', allowDeadLettered: 0, allowExpired: 0 },
      report,
      doc,
      2,
    );
    expect(strict.value).toBe(queue.deadLettered);
    expect(strict.met).toBe(false);
    const first = report.series.find((row) => row.queues['payments-queue'].deadLettered > 0)!;
    expect(strict.atMs).toBe(first.t * 1000);
    expect(strict.moment).toMatch(/^\d+ messages? lost at \d+ s: no fault active$/);
    const loose = measureGoal(
      { kind: 'nothingLost', allowDeadLettered: queue.deadLettered, allowExpired: 0 },
      report,
      doc,
      2,
    );
    expect(loose).toEqual({ seed: 2, value: queue.deadLettered, met: true });
  });

  it('expired messages are allowed by allowExpired, not counted twice', () => {
    const parsed = parseDocument(
      startDocument(
        'expiring',
        '',
        [
          client('c', 'c', 50),
          service('api', 'api', 1, 8, 5),
          queue('q', 'q', 2, { ttlS: 0.05 }),
          service('slow', 'slow', 3, 1, 100),
        ],
        [rpc('c-api', 'c', 'api'), async('api-q', 'api', 'q'), async('q-slow', 'q', 'slow')],
        { durationS: 10 },
      ),
    );
    if (!parsed.ok) throw new Error('invalid');
    const report = simulate(parsed.doc, { seed: 1, trackTransfers: false });
    const q = report.queues.q;
    expect(q.expired).toBeGreaterThan(0);
    expect(q.deadLettered).toBe(q.expired);
    const goal = { kind: 'nothingLost', allowDeadLettered: 0, allowExpired: q.expired } as const;
    expect(measureGoal(goal, report, parsed.doc, 1)).toEqual({ seed: 1, value: q.expired, met: true });
    const strict = measureGoal({ ...goal, allowExpired: 0 }, report, parsed.doc, 1);
    expect(strict.met).toBe(false);
    expect(strict.atMs).toBeDefined();
  });
});
