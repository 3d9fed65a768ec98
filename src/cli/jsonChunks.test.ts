import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../model';
import { getScenario } from '../scenarios';
import { jsonChunks } from './jsonChunks';
import { simulateDocument } from './runCli';

describe('jsonChunks', () => {
  it('joins to exactly JSON.stringify(value, null, 2), at every depth (any JSON value)', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 5 }), fc.integer({ min: 0, max: 6 }), (value, depth) => {
        expect([...jsonChunks(value, depth)].join('')).toBe(JSON.stringify(value, null, 2));
      }),
    );
  });

  it('writes what JSON.stringify writes for values with no JSON form', () => {
    const value = { a: undefined, b: [undefined, () => 1, Number.NaN, -0], c: { d: undefined }, e: [] };
    expect([...jsonChunks(value)].join('')).toBe(JSON.stringify(value, null, 2));
  });

  it('cuts a real report into pieces no larger than one series row', () => {
    const scenario = getScenario('queue-redeploy');
    const parsed = scenario && parseDocument(scenario.document);
    if (!parsed?.ok) throw new Error('queue-redeploy does not parse');
    const report = simulateDocument(parsed.doc, { durationS: 30 });
    const pieces = [...jsonChunks(report)];
    expect(pieces.join('')).toBe(JSON.stringify(report, null, 2));
    const longestRow = Math.max(...report.series.map((row) => JSON.stringify(row, null, 2).length));
    expect(Math.max(...pieces.map((p) => p.length))).toBeLessThanOrEqual(longestRow * 1.5);
    expect(pieces.length).toBeGreaterThan(report.series.length);
  });
});
