/**
 * The collapse verdict, on synthetic runs (the rule's edges) and on the retry-storm and
 * death-spiral lessons, whose claim is exactly a collapse.
 */
import { describe, expect, it } from 'vitest';
import { type FaultlineDocument, parseDocument } from '../model';
import { getScenario } from '../scenarios';
import { COLLAPSE_RULE, collapsed, collapseVerdicts, collapseWindowS } from './collapse';
import type { OutcomeSecond } from './outcomes';
import { runOutcomes } from './runTask';
import { applyVariant } from './sweepDefinition';

/** A run of `durationS` seconds whose client `c` answers with `success(t)` each second, 10 requests a second. */
function run(durationS: number, success: (t: number) => number | 'silent') {
  const series: OutcomeSecond[] = [];
  for (let t = 0; t < durationS; t++) {
    const s = success(t);
    const ok = s === 'silent' ? 0 : Math.round(10 * s);
    const failed = s === 'silent' ? 0 : 10 - ok;
    series.push({
      t,
      clients: { c: { success: s === 'silent' ? null : s, p99: null, sent: 10, ok, failed } },
    });
  }
  return { series, duration: durationS };
}

describe('collapsed (synthetic runs)', () => {
  it('is healthy at the start and failing at the end', () => {
    expect(
      collapsed(
        run(60, (t) => (t < 20 ? 1 : 0.2)),
        'c',
      ),
    ).toBe(true);
    expect(
      collapsed(
        run(60, () => 1),
        'c',
      ),
    ).toBe(false);
    // Failing from the start is not a collapse: it never worked.
    expect(
      collapsed(
        run(60, () => 0.2),
        'c',
      ),
    ).toBe(false);
    // Recovering before the end is not one either.
    expect(
      collapsed(
        run(60, (t) => (t > 20 && t < 40 ? 0 : 1)),
        'c',
      ),
    ).toBe(false);
  });

  it('uses the thresholds of the rule, with the edges where the rule says', () => {
    const at = (first: number, last: number) => run(60, (t) => (t < 10 ? first : t >= 50 ? last : 0.7));
    expect(collapsed(at(COLLAPSE_RULE.healthyFrom, 0.4), 'c')).toBe(true);
    expect(collapsed(at(0.8, 0.4), 'c')).toBe(false);
    expect(collapsed(at(1, COLLAPSE_RULE.collapsedBelow), 'c')).toBe(false);
  });

  it('counts a hung end (requests sent, nothing answered) as 0 % success', () => {
    expect(
      collapsed(
        run(60, (t) => (t < 30 ? 1 : 'silent')),
        'c',
      ),
    ).toBe(true);
  });

  it('shortens the windows for short runs, and says nothing for an unknown client', () => {
    expect(collapseWindowS(60)).toBe(10);
    expect(collapseWindowS(20)).toBe(5);
    expect(collapseWindowS(2)).toBe(1);
    expect(
      collapsed(
        run(8, (t) => (t < 4 ? 1 : 0)),
        'c',
      ),
    ).toBe(true);
    expect(
      collapsed(
        run(60, (t) => (t < 20 ? 1 : 0)),
        'nobody',
      ),
    ).toBe(false);
  });
});

describe('collapseVerdicts', () => {
  it('says how often each client collapsed, and whether the seeds split', () => {
    const bad = run(60, (t) => (t < 20 ? 1 : 0));
    const good = run(60, () => 1);
    expect(collapseVerdicts([bad, good, bad], ['c'])).toEqual([
      { client: 'c', collapsed: 2, runs: 3, split: true, text: 'collapses in 2 of 3 seeds' },
    ]);
    expect(collapseVerdicts([bad, bad], ['c'])[0]).toMatchObject({
      split: false,
      text: 'collapses in every seed (2)',
    });
    expect(collapseVerdicts([good], ['c'])[0]).toMatchObject({
      split: false,
      text: 'never collapses (1 seed)',
    });
  });
});

function scenarioDoc(id: string): FaultlineDocument {
  const parsed = parseDocument(getScenario(id)?.document);
  if (!parsed.ok) throw new Error(`${id} does not parse`);
  return parsed.doc;
}

describe('collapse on the lessons', { timeout: 120_000 }, () => {
  const seeds = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

  it('the retry storm and the death spiral collapse in every seed; their fixes never do', () => {
    for (const [id, expected] of [
      ['retry-storm', 'collapses in every seed (10)'],
      ['death-spiral', 'collapses in every seed (10)'],
      ['retry-storm-fixed', 'never collapses (10 seeds)'],
    ] as const) {
      const doc = scenarioDoc(id);
      const runs = seeds.map((seed) => runOutcomes(doc, seed));
      expect(collapseVerdicts(runs, ['clients'])[0].text, id).toBe(expected);
    }
  });

  it('at 35 requests a second the retry storm is luck: some seeds collapse and others recover', () => {
    const v = applyVariant(scenarioDoc('retry-storm'), [{ path: 'nodes.clients.rate', value: 35 }]);
    if (!v.ok) throw new Error(v.error);
    const runs = seeds.map((seed) => runOutcomes(v.value, seed));
    const [verdict] = collapseVerdicts(runs, ['clients']);
    expect(verdict.split).toBe(true);
    expect(verdict.text).toBe(`collapses in ${verdict.collapsed} of 10 seeds`);
    // The split is real: runs that collapsed ended far worse than those that did not.
    const success = runs.map((r) => r.values['client.clients.success']);
    const fell = success.filter((_, i) => collapsed(runs[i], 'clients'));
    const held = success.filter((_, i) => !collapsed(runs[i], 'clients'));
    expect(Math.max(...fell)).toBeLessThan(Math.min(...held));
  });
});
