import { describe, expect, it } from 'vitest';
import { parseDocument } from '../model';
import { getScenario } from '../scenarios';
import { formatTable } from './formatTable';
import { simulateDocument } from './runCli';

describe('formatTable', () => {
  const scenario = getScenario('rpc-chain-redeploy');
  const parsed = scenario && parseDocument(scenario.document);
  if (!parsed?.ok) throw new Error('rpc-chain-redeploy does not parse');
  const report = simulateDocument(parsed.doc, { durationS: 30 });

  it('prints a hostile title and root-cause label as visible escapes, never as terminal commands', () => {
    const hostile = structuredClone(report);
    hostile.rootCauses[0].description = 'pay\u001b[2K\u001b[1Aments (down)';
    const out = formatTable(hostile, '\u001b]0;owned\u0007\u001b[2J\u001b]52;c;aGk=\u0007');
    // biome-ignore lint/suspicious/noControlCharactersInRegex: no control character may reach the terminal
    expect(out).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
    expect(out.split('\n')[0]).toMatch(/^\\x1b\]0;owned\\x07\\x1b\[2J\\x1b\]52;c;aGk=\\x07: 30 s simulated/);
    expect(out).toContain('  pay\\x1b[2K\\x1b[1Aments (down): ');
  });

  it('prints a table of closed-loop clients only when there is one', () => {
    expect(formatTable(report)).not.toContain('Closed-loop clients');
    const lesson = parseDocument(getScenario('load-test-lied')?.document);
    if (!lesson.ok) throw new Error('load-test-lied does not parse');
    const out = formatTable(simulateDocument(lesson.doc, { durationS: 10 }));
    expect(out).toMatch(
      /Closed-loop clients\nclient +users +think ms +answered\/s\n[- ]+\nload-tester +5 +80\.0 +\d+\.\d\d\n/,
    );
  });

  it('prints ordinary titles and labels unchanged', () => {
    const out = formatTable(report, 'RPC chain under redeploy');
    expect(out).toMatch(/^RPC chain under redeploy: 30 s simulated, seed 1, \d+ events, finished\n/);
    expect(out).toMatch(/\n {2}payments \(down: redeploy at 20\.0 s\): \d+ failed requests\n/);
  });

  it('shows the retries a budget refused only when an edge has a retry budget', () => {
    expect(formatTable(report, 'plain')).not.toMatch(/\bretries +refused\b/);
    const budget = getScenario('retry-budget');
    const doc = budget && parseDocument(budget.document);
    if (!doc?.ok) throw new Error('retry-budget does not parse');
    const r = simulateDocument(doc.doc, { durationS: 30 });
    const out = formatTable(r, 'budget');
    expect(out).toMatch(/\bretries +refused\b/);
    expect(out).toMatch(new RegExp(`clients-api .*\\b${r.edges['clients-api'].retryBudgetRefused}\\b`));
  });

  it('prints a table of caches only when the diagram has one', () => {
    expect(formatTable(report)).not.toContain('Caches');
    const withCache = structuredClone(report);
    withCache.caches = {
      lookup: { hits: 90, misses: 10, hitRatio: 0.9, coalesced: 4, entries: 8, flushes: 1 },
    };
    const out = formatTable(withCache);
    expect(out).toMatch(/\nCaches\n/);
    expect(out).toMatch(/lookup +90 +10 +90\.0% +4 +8 +1/);
  });
});
