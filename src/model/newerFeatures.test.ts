import { describe, expect, it } from 'vitest';
import corpus from './fixtures/links-v1.json';
import { EDGE_KIND_SINCE, FAULT_KIND_SINCE, NODE_KIND_SINCE } from './kinds';
import { featuresNewerThan } from './newerFeatures';
import { EDGE_PARAMS } from './params/edgeParams';
import { FAULT_PARAMS } from './params/faultParams';
import { NODE_PARAMS } from './params/nodeParams';
import type { ParamList } from './params/types';
import { parseDocument } from './parseDocument';

/** Every parameter declared as newer than version 2, with the kind of item that holds it. */
function newerParams(tables: Record<string, ParamList>) {
  return Object.entries(tables).flatMap(([kind, list]) =>
    Object.entries(list)
      .filter(([, entry]) => (entry.since ?? 2) > 2)
      .map(([key, entry]) => ({ kind, key, value: entry.type === 'set' ? {} : entry.default })),
  );
}

const v2 = corpus.links[0].document;

describe('a version-2 document may not hold what version 3 added', () => {
  it('every committed version-2 link holds nothing newer', () => {
    for (const { document } of corpus.links) expect(featuresNewerThan(document, 2)).toEqual([]);
  });

  it.each(newerParams(NODE_PARAMS))('a $kind node with "$key" is refused, named', ({ kind, key, value }) => {
    const doc = {
      ...v2,
      nodes: [...v2.nodes, { id: 'new', kind, label: 'new', position: { x: 0, y: 0 }, [key]: value }],
    };
    const r = parseDocument(doc);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0].path).toBe(`nodes[${v2.nodes.length}].${key}`);
    expect(parseDocument({ ...doc, version: 3 }).ok).toBe(true);
  });

  it.each(newerParams(EDGE_PARAMS))('an $kind edge with "$key" is refused', ({ kind, key, value }) => {
    const edge = { ...v2.edges.find((e) => e.kind === kind), id: 'new', [key]: value };
    const r = parseDocument({ ...v2, edges: [...v2.edges, edge] });
    expect(!r.ok && r.errors[0].message).toContain('is new in version 3');
  });

  it.each(newerParams(FAULT_PARAMS))('a $kind fault with "$key" is refused', ({ kind, key, value }) => {
    const fault = { id: 'f', kind, target: v2.nodes[1].id, startS: 1, durationS: 1, [key]: value };
    const r = parseDocument({ ...v2, scenario: { ...v2.scenario, faults: [fault] } });
    expect(!r.ok && r.errors[0].message).toContain('is new in version 3');
  });

  it.each(Object.keys(NODE_KIND_SINCE))('a node of kind "%s" is refused', (kind) => {
    const r = parseDocument({
      ...v2,
      nodes: [...v2.nodes, { id: 'new', kind, label: 'n', position: { x: 0, y: 0 } }],
    });
    expect(!r.ok && r.errors[0]).toEqual({
      path: `nodes[${v2.nodes.length}].kind`,
      message: `kind "${kind}" is new in version 3: not part of a version 2 diagram`,
    });
  });

  it.each(Object.keys(FAULT_KIND_SINCE))('a fault of kind "%s" is refused', (kind) => {
    const fault = { id: 'f', kind, target: v2.nodes[1].id, startS: 1, durationS: 1 };
    const r = parseDocument({ ...v2, scenario: { ...v2.scenario, faults: [fault] } });
    expect(!r.ok && r.errors[0].path).toBe('scenario.faults[0].kind');
  });

  it.each(Object.keys(EDGE_KIND_SINCE))('an edge of kind "%s" is refused', (kind) => {
    const r = parseDocument({ ...v2, edges: [...v2.edges, { ...v2.edges[0], id: 'new', kind }] });
    expect(!r.ok && r.errors[0].path).toBe(`edges[${v2.edges.length}].kind`);
  });
});
