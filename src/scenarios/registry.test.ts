import { describe, expect, it } from 'vitest';
import { parseDocument } from '../model';
import { BUILT_IN_SCENARIOS, getScenario } from '.';

describe('the scenario library', () => {
  it('has at least twelve scenarios with unique ids, lesson 1 and 2 first', () => {
    expect(BUILT_IN_SCENARIOS.length).toBeGreaterThanOrEqual(12);
    const ids = BUILT_IN_SCENARIOS.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.slice(0, 2)).toEqual(['rpc-chain-redeploy', 'queue-redeploy']);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9-]+$/);
  });

  it.each(BUILT_IN_SCENARIOS.map((s) => [s.id, s] as const))(
    '%s is a valid document, ready to present',
    (_, s) => {
      const parsed = parseDocument(s.document);
      if (!parsed.ok) throw new Error(parsed.errors.map((e) => `${e.path}: ${e.message}`).join('\n'));
      const doc = parsed.doc;
      expect(s.title).toBe(doc.title);
      expect(s.whatToWatch).toBe(doc.description);
      expect(s.whatToWatch.length).toBeGreaterThan(100);
      // Short runs: a lesson is watched, not waited for.
      expect(doc.scenario.durationS).toBeLessThanOrEqual(90);
      expect(doc.lesson.length).toBeGreaterThanOrEqual(3);
      let last = -1;
      for (const step of doc.lesson) {
        expect(step.caption.length).toBeGreaterThan(10);
        expect(step.atS !== undefined || step.action !== undefined).toBe(true);
        if (step.atS !== undefined) {
          expect(step.atS).toBeGreaterThan(last);
          expect(step.atS).toBeLessThan(doc.scenario.durationS);
          last = step.atS;
        }
        if (step.focus !== undefined) {
          const ids = [...doc.nodes.map((n) => n.id), ...doc.edges.map((e) => e.id)];
          expect(ids).toContain(step.focus);
        }
      }
    },
  );

  it('finds scenarios by id', () => {
    expect(getScenario('retry-storm')?.title).toBe('A retry storm that does not end');
    expect(getScenario('nope')).toBeUndefined();
  });
});
