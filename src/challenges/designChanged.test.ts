import { describe, expect, it } from 'vitest';
import { parseDocument } from '../model';
import { rpcChainRedeploy } from '../scenarios/rpcChainRedeploy';
import { designChanged } from './designChanged';

describe('designChanged', () => {
  const parsed = parseDocument(rpcChainRedeploy);
  if (!parsed.ok) throw new Error('the scenario is invalid');
  const doc = parsed.doc;

  it('is false for the same document, a copy of it, or the same design with nodes moved', () => {
    expect(designChanged(doc, doc)).toBe(false);
    expect(designChanged(doc, structuredClone(doc))).toBe(false);
    const moved = {
      ...doc,
      nodes: doc.nodes.map((n) => ({ ...n, position: { x: n.position.x + 40, y: 7 } })),
    };
    expect(designChanged(doc, moved)).toBe(false);
  });

  it('is true once anything a run depends on changed: a parameter, an edge, a node', () => {
    const [first, ...rest] = doc.nodes;
    expect(designChanged(doc, { ...doc, nodes: [{ ...first, label: `${first.label} 2` }, ...rest] })).toBe(
      true,
    );
    expect(designChanged(doc, { ...doc, edges: doc.edges.slice(1) })).toBe(true);
    expect(designChanged(doc, { ...doc, scenario: { ...doc.scenario, seed: doc.scenario.seed + 1 } })).toBe(
      true,
    );
  });
});
