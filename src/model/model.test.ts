import { describe, expect, it } from 'vitest';
import {
  createEdge,
  createFault,
  createNode,
  emptyDocument,
  type FaultlineDocument,
  parseDocument,
  type RpcEdge,
  type ServiceNode,
  stripDefaults,
} from '.';
import corpus from './fixtures/links-v1.json';

/** The first-visit example (client → orders → payments), from the committed corpus. */
const example = corpus.links[0].document;

function parsed(input: unknown): FaultlineDocument {
  const r = parseDocument(input);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.doc;
}

describe('schema round trip', () => {
  it('a document survives stripping, JSON and parsing unchanged', () => {
    for (const { document } of corpus.links) {
      const doc = parsed(document);
      expect(parsed(JSON.parse(JSON.stringify(stripDefaults(doc))))).toEqual(doc);
      expect(parsed(JSON.parse(JSON.stringify(doc)))).toEqual(doc);
    }
  });

  it('fills every default: the parsed example has every parameter', () => {
    const doc = parsed(example);
    const orders = doc.nodes[1];
    expect(orders).toMatchObject({
      kind: 'service',
      instances: 1,
      workers: 8,
      backlogLimit: 100,
      errorRate: 0,
    });
    expect(doc.edges[0]).toMatchObject({
      timeoutMs: 2000,
      retry: { maxAttempts: 1 },
      breaker: { enabled: false },
    });
    expect(doc.scenario).toMatchObject({ durationS: 60, seed: 1, traffic: [] });
  });

  it('turns -0 into 0, which JSON would do anyway', () => {
    const doc = parsed({
      version: 3,
      nodes: [{ ...createNode('client', 'c', 'c'), position: { x: -0, y: 0 } }],
      edges: [],
    });
    expect(Object.is(doc.nodes[0].position.x, 0)).toBe(true);
  });
});

describe('stripDefaults', () => {
  it('leaves out a value equal to its default and keeps a changed one', () => {
    const service = { ...createNode('service', 's', 'S'), workers: 8, instances: 3 };
    const stored = stripDefaults(parsed({ version: 3, nodes: [service], edges: [] }));
    expect(stored.nodes[0]).toEqual({
      id: 's',
      kind: 'service',
      label: 'S',
      position: { x: 0, y: 0 },
      instances: 3,
    });
  });

  it('strips nested objects field by field and drops them when nothing is left', () => {
    const a = createNode('client', 'a', 'A');
    const b = createNode('service', 'b', 'B', { x: 10, y: 0 }) as ServiceNode;
    const edge = createEdge('rpc', 'e', 'a', 'b') as RpcEdge;
    const changed = { ...edge, retry: { ...edge.retry, maxAttempts: 3 }, breaker: { ...edge.breaker } };
    const stored = stripDefaults(
      parsed({
        version: 3,
        nodes: [a, { ...b, serviceTime: { ...b.serviceTime, spread: 2 } }],
        edges: [changed],
      }),
    );
    expect(stored.edges[0]).toEqual({
      id: 'e',
      kind: 'rpc',
      source: 'a',
      target: 'b',
      retry: { maxAttempts: 3 },
    });
    expect(stored.nodes[1]).toMatchObject({ serviceTime: { spread: 2 } });
    expect((stored.nodes[1] as ServiceNode).serviceTime).not.toHaveProperty('meanMs');
  });

  it('keeps identity fields even when they look like defaults, and a fault’s base fields', () => {
    const doc = emptyDocument();
    const withFault = parsed({
      ...doc,
      nodes: [createNode('service', 'x', '')],
      scenario: { ...doc.scenario, faults: [createFault('crash', 'x', 'x', 0, 1)] },
    });
    const stored = stripDefaults(withFault);
    expect(stored).toEqual({
      version: 3,
      nodes: [{ id: 'x', kind: 'service', label: '', position: { x: 0, y: 0 } }],
      edges: [],
      scenario: { faults: [{ id: 'x', kind: 'crash', target: 'x', startS: 0, durationS: 1 }] },
    });
  });

  it('an empty document stores only its version and lists', () => {
    expect(stripDefaults(emptyDocument())).toEqual({ version: 3, nodes: [], edges: [] });
  });

  it('never mutates its input', () => {
    const doc = parsed(example);
    const before = JSON.stringify(doc);
    stripDefaults(doc);
    expect(JSON.stringify(doc)).toBe(before);
  });
});
