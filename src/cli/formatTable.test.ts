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

  it('prints ordinary titles and labels unchanged', () => {
    const out = formatTable(report, 'RPC chain under redeploy');
    expect(out).toMatch(/^RPC chain under redeploy: 30 s simulated, seed 1, \d+ events, finished\n/);
    expect(out).toMatch(/\n {2}payments \(down: redeploy at 20\.0 s\): \d+ failed requests\n/);
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
