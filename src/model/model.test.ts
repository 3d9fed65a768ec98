import { describe, expect, it } from 'vitest';
import { queueRedeploy } from '../scenarios/queueRedeploy';
import { rpcChainRedeploy } from '../scenarios/rpcChainRedeploy';
import { parseDocument, stripDefaults } from '.';

describe('smoke', () => {
  it('parses the built-in lessons and round-trips them through stripDefaults', () => {
    for (const stored of [rpcChainRedeploy, queueRedeploy]) {
      const r = parseDocument(stored);
      if (!r.ok) throw new Error(JSON.stringify(r.errors));
      const again = parseDocument(JSON.parse(JSON.stringify(stripDefaults(r.doc))));
      expect(again.ok && again.doc).toEqual(r.doc);
    }
  });
  it('names the field and the rule', () => {
    const r = parseDocument({ ...rpcChainRedeploy, nodes: [{ ...rpcChainRedeploy.nodes[1], workers: 0 }] });
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.errors[0]).toEqual({
        path: 'nodes[0].workers',
        message: 'must be a whole number from 1 to 10000',
      });
  });
});
