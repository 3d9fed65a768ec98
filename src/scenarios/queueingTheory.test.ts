/**
 * The queueing-theory lesson's claim, and `applicability` on the built-in lessons: the top
 * desk is an M/M/2 queue whose measured figures match the prediction for any seed; every
 * other service names why theory does not apply to it (docs/theory.md).
 */
import { describe, expect, it } from 'vitest';
import { type FaultlineDocument, parseDocument } from '../model';
import { applicability, littlesLaw, predict } from '../model/theory';
import { BUILT_IN_SCENARIOS, getScenario } from '.';
import { runScenario } from './scenarioRuns';

function lessonDocument(id: string): FaultlineDocument {
  const parsed = parseDocument(getScenario(id)?.document);
  if (!parsed.ok) throw new Error(`${id} is invalid`);
  return parsed.doc;
}

const relative = (measured: number, expected: number) => Math.abs(measured - expected) / expected;

describe.each([undefined, 7, 42])('queueing-theory lesson (seed %s)', (seed) => {
  it('the top desk measures what M/M/2 predicts; the retrying desk melts down and breaks L = λW', () => {
    const a = applicability(lessonDocument('queueing-theory'), 'desk');
    if (!a.applies) throw new Error(a.reasons.join('; '));
    expect(a.model).toBe('M/M/c');
    expect(a.params).toEqual({ lambda: 320, mu: 200, c: 2, K: null });
    const p = predict(a.model, a.params);
    const r = runScenario('queueing-theory', seed);
    const desk = r.nodes.desk;
    // About 29,000 requests at ρ = 0.8: the means' standard errors are 2–3 %, so 10 % is over 3σ.
    expect(relative(desk.utilization, p.utilisation)).toBeLessThan(0.03);
    expect(relative(desk.meanWaitMs ?? 0, p.meanWaitMs)).toBeLessThan(0.1);
    expect(relative(desk.latencyMs.mean, p.meanTimeMs)).toBeLessThan(0.1);
    expect(relative(desk.meanInSystem ?? 0, p.meanInSystem)).toBeLessThan(0.1);
    expect(desk.rejected).toBe(0);
    // Little's law holds on the desk (figures of one run) …
    const little = littlesLaw(desk.meanInSystem ?? 0, desk.ok / r.duration, desk.latencyMs.mean);
    expect(little.relativeDifference).toBeLessThan(0.01);
    // … and fails by far on the retrying desk, whose backlog grows without end: W counts only
    // the answers callers still waited for, L everything left in the desk.
    const retry = r.nodes['retry-desk'];
    expect(retry.maxBacklog).toBeGreaterThan(10_000);
    expect(retry.utilization).toBeGreaterThan(0.99);
    const broken = littlesLaw(retry.meanInSystem ?? 0, retry.ok / r.duration, retry.latencyMs.mean);
    expect(broken.relativeDifference).toBeGreaterThan(0.9);
  });
});

describe('applicability on the built-in lessons', () => {
  it('the retrying desk is refused for its retries alone', () => {
    expect(applicability(lessonDocument('queueing-theory'), 'retry-desk')).toEqual({
      applies: false,
      reasons: ['a retry policy sends it repeats (calls from impatient customers are tried up to 3 times)'],
    });
  });

  it.each([
    ['load-shedding', 'unbounded-worker', /arrivals are not Poisson: they come from a queue/],
    ['rpc-chain-redeploy', 'orders', /the service calls other nodes/],
    ['rpc-chain-redeploy', 'payments', /a fault is active in the window: redeploy on payments/],
    ['retry-storm', 'api', /a retry policy sends it repeats/],
    ['retry-storm-fixed', 'api', /a circuit breaker/],
    ['death-spiral', 'api', /service time grows with load/],
    ['death-spiral-fixed', 'api', /wait longer than the maximum wait are shed/],
    ['daily-peak', 'mean-api', /rate schedule varies/],
    ['daily-peak', 'scaled-api', /autoscaling/],
    ['rolling-redeploy', 'triple-payments', /spread over 3 instances/],
    ['load-test-lied', 'test-api', /closed-loop users/],
    ['cold-cache', 'db', /through a cache/],
    ['cold-cache', 'api', /the scenario changes the rate/],
    ['sinkholing', 'plain-api-2', /through a load balancer/],
    ['bulkhead', 'walled-bulkhead', /constant service with several workers/],
  ])('%s / %s: does not apply (%s)', (scenario, node, reason) => {
    const a = applicability(lessonDocument(scenario), node);
    expect(a.applies).toBe(false);
    if (!a.applies)
      expect(
        a.reasons.some((r) => reason.test(r)),
        a.reasons.join('; '),
      ).toBe(true);
  });

  it('every service and database of every lesson gets a model or at least one reason', () => {
    let applies = 0;
    for (const s of BUILT_IN_SCENARIOS) {
      const doc = lessonDocument(s.id);
      for (const n of doc.nodes) {
        if (n.kind !== 'service' && n.kind !== 'database') continue;
        const a = applicability(doc, n.id);
        if (a.applies) {
          applies++;
          const p = predict(a.model, a.params);
          for (const v of Object.values(p)) expect(Number.isFinite(v)).toBe(true);
        } else expect(a.reasons.length).toBeGreaterThan(0);
      }
    }
    expect(applies).toBeGreaterThanOrEqual(1);
  });
});
