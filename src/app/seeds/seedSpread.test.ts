import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../model';
import { getScenario } from '../../scenarios';
import { runOutcomes } from '../../sweeps/runTask';
import { bandColumns, clientsOf, seedLines, seedsFrom } from './seedSpread';

describe('seedsFrom', () => {
  it('counts on from the first seed and wraps past the largest', () => {
    expect(seedsFrom(7, 3)).toEqual([7, 8, 9]);
    expect(seedsFrom(0xffff_fffe, 3)).toEqual([0xffff_fffe, 0xffff_ffff, 0]);
  });
});

function lesson(id: string, durationS: number) {
  const parsed = parseDocument(getScenario(id)?.document);
  if (!parsed.ok) throw new Error(`${id} does not parse`);
  return { ...parsed.doc, scenario: { ...parsed.doc.scenario, durationS } };
}

describe('a seed run of the RPC chain lesson', () => {
  const doc = lesson('rpc-chain-redeploy', 20);
  const runs = [1, 2, 3, 4, 5].map((seed) => runOutcomes(doc, seed));

  it('has one line per client with its mean and range across the seeds', () => {
    const lines = seedLines(runs, (id) => `the ${id}`);
    expect(lines.map((l) => l.client)).toEqual(clientsOf(runs));
    expect(lines.length).toBeGreaterThan(0);
    for (const l of lines)
      expect(l.line).toMatch(/^the .+ success \d+\.\d % \(\d+\.\d–\d+\.\d across 5 seeds\)$/);
    // A redeploy costs some requests but nothing collapses: no verdict.
    expect(lines.map((l) => l.verdict)).toEqual(lines.map(() => null));
  });

  it('gives bands in order at every second: min ≤ p10 ≤ median ≤ p90 ≤ max, success in %', () => {
    const client = clientsOf(runs)[0];
    for (const measure of ['success', 'p99'] as const) {
      const b = bandColumns(runs, client, measure);
      expect(b.x.length).toBe(20);
      b.median.forEach((m, i) => {
        if (m === null) return;
        expect(b.min[i]!).toBeLessThanOrEqual(b.p10[i]!);
        expect(b.p10[i]!).toBeLessThanOrEqual(m);
        expect(m).toBeLessThanOrEqual(b.p90[i]!);
        expect(b.p90[i]!).toBeLessThanOrEqual(b.max[i]!);
        if (measure === 'success') expect(b.max[i]!).toBeLessThanOrEqual(100);
      });
    }
    expect(Math.max(...bandColumns(runs, client, 'success').max.map((v) => v ?? 0))).toBeGreaterThan(1);
  });
});

describe('a seed run of the retry storm', () => {
  it('says the storm collapses the clients in every seed', () => {
    const doc = lesson('retry-storm', 60);
    const runs = [1, 2, 3].map((seed) => runOutcomes(doc, seed));
    expect(seedLines(runs, (id) => id).map((l) => l.verdict)).toEqual(['collapses in every seed (3)']);
  });
});
