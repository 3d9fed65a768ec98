import { describe, expect, it } from 'vitest';
import { parseDocument } from '../model/parseDocument';
import { firstVisitExample } from './firstVisitExample';
import { rpcChainRedeploy } from './rpcChainRedeploy';

describe('the first-visit example, filled in without the schema', () => {
  it('is exactly what parseDocument makes of rpcChainRedeploy, key order included', () => {
    const parsed = parseDocument(rpcChainRedeploy);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(JSON.stringify(firstVisitExample())).toBe(JSON.stringify(parsed.doc));
    expect(firstVisitExample()).toStrictEqual(parsed.doc);
  });

  it('is a new copy each time, so editing one never changes the next', () => {
    const a = firstVisitExample();
    a.nodes[0].label = 'changed';
    a.scenario.faults.length = 0;
    const b = firstVisitExample();
    expect(b.nodes[0].label).toBe('Web client');
    expect(b.scenario.faults.length).toBeGreaterThan(0);
  });
});
