import { describe, expect, it } from 'vitest';
import { parseDocument } from '../model';
import { getScenario } from '../scenarios';
import { formatTable } from './formatTable';
import { simulateDocument } from './runCli';

function reportOf(id: string) {
  const scenario = getScenario(id);
  const parsed = scenario && parseDocument(scenario.document);
  if (!parsed?.ok) throw new Error(`${id} does not parse`);
  return simulateDocument(parsed.doc, { durationS: 20 });
}

describe('the table format on load balancers', () => {
  it('lists each backend with its calls, ejections and failed checks, and calls with no backend', () => {
    const out = formatTable(reportOf('sinkholing'));
    expect(out).toContain('\nLoad balancers (calls sent to each backend)\n');
    expect(out).toMatch(/\nbalancer\s+backend\s+calls\s+ejections\s+failed checks\n/);
    // The ejecting pool ejected api 1 once in its first 20 s (just after 10 s, for 10 s).
    expect(out).toMatch(/\nejecting-lb\s+ejecting-api-1\s+\d+\s+1\s+0\n/);
    expect(out).toMatch(/\nplain-lb\s+plain-api-1\s+\d+\s+0\s+0\n/);
    expect(out).toMatch(/\nplain-lb\s+\(no backend\)\s+0\s+-\s+-\n/);
  });

  it('prints no such table for a diagram without a balancer', () => {
    expect(formatTable(reportOf('rpc-chain-redeploy'))).not.toContain('Load balancers');
  });
});
