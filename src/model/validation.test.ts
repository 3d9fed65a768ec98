import { describe, expect, it } from 'vitest';
import { LIMITS, parseDocument } from '.';
import type { DocumentError } from './errors';
import corpus from './fixtures/links-v1.json';

/** A fresh, valid stored document to break in one place (the first-visit example). */
// biome-ignore lint/suspicious/noExplicitAny: the tests write wrong values into any field on purpose.
const base = (): Record<string, any> => structuredClone(corpus.links[0].document);

function errorsOf(input: unknown, code?: string): DocumentError[] {
  const r = parseDocument(input);
  if (r.ok) throw new Error('accepted');
  if (code) expect(r.code).toBe(code);
  return r.errors;
}

describe('each validation error names the field and the rule', () => {
  it('an unknown node kind', () => {
    const doc = base();
    doc.nodes[1].kind = 'lambda';
    expect(errorsOf(doc, 'invalid')).toEqual([
      { path: 'nodes[1].kind', message: 'must be one of client, service, queue, database, cache, balancer' },
    ]);
  });

  it.each(['constructor', '__proto__', 'valueOf', 'toString', 'hasOwnProperty'])('node kind "%s"', (kind) => {
    const doc = base();
    doc.nodes[0] = JSON.parse(JSON.stringify(doc.nodes[0]).replace('"kind":"client"', `"kind":"${kind}"`));
    expect(errorsOf(doc, 'invalid')).toEqual([
      { path: 'nodes[0].kind', message: 'must be one of client, service, queue, database, cache, balancer' },
    ]);
  });

  it('an edge kind or fault kind off the list', () => {
    const doc = base();
    doc.edges[0].kind = 'constructor';
    doc.scenario.faults[0].kind = '__proto__';
    expect(errorsOf(doc)).toEqual([
      { path: 'edges[0].kind', message: 'must be one of rpc, async' },
      {
        path: 'scenario.faults[0].kind',
        message: 'must be one of crash, redeploy, slow, errors, capacity, partition, surge, flush',
      },
    ]);
  });

  it('an unknown key, including "__proto__" from JSON', () => {
    const doc = base();
    doc.nodes[1].colour = 'red';
    expect(errorsOf(doc)).toEqual([{ path: 'nodes[1]', message: 'has unknown field "colour"' }]);
    const hostile = JSON.parse('{"version":2,"nodes":[],"edges":[],"__proto__":{"polluted":1}}');
    expect(errorsOf(hostile)).toEqual([{ path: '(document)', message: 'has unknown field "__proto__"' }]);
  });

  it('lists at most five unknown keys', () => {
    const doc = base();
    for (let i = 0; i < 1000; i++) doc[`k${i}`] = i;
    expect(errorsOf(doc)[0].message).toBe('has unknown fields "k0", "k1", "k2", "k3", "k4" and 995 more');
  });

  it('a number out of range, and a whole number that is not whole', () => {
    const doc = base();
    doc.nodes[1].workers = 0;
    doc.nodes[2].instances = 2.5;
    doc.nodes[0].rate = -1;
    expect(errorsOf(doc)).toEqual([
      { path: 'nodes[0].rate', message: 'must be a number from 0 to 1000000 req/s' },
      { path: 'nodes[1].workers', message: 'must be a whole number from 1 to 10000' },
      { path: 'nodes[2].instances', message: 'must be a whole number from 1 to 100' },
    ]);
  });

  it('1e400 in JSON (Infinity), NaN and a number given as text', () => {
    const doc = JSON.parse(JSON.stringify(base()).replace('"x":280', '"x":1e400'));
    expect(doc.nodes[1].position.x).toBe(Number.POSITIVE_INFINITY);
    expect(errorsOf(doc)).toEqual([
      { path: 'nodes[1].position.x', message: 'must be a number from -1000000 to 1000000' },
    ]);
    const nan = base();
    nan.scenario.durationS = Number.NaN;
    nan.edges[0].timeoutMs = '2000';
    expect(errorsOf(nan)).toEqual([
      { path: 'edges[0].timeoutMs', message: 'must be a number from 0 to 3600000 ms' },
      { path: 'scenario.durationS', message: 'must be a number from 1 to 86400 s' },
    ]);
  });

  it('a lone surrogate in a label', () => {
    const doc = base();
    doc.nodes[0].label = 'Web \ud800client';
    expect(errorsOf(doc)).toEqual([
      { path: 'nodes[0].label', message: 'must be well-formed text (it has a broken character)' },
    ]);
  });

  it('a label that is too long, and a wrong type', () => {
    const doc = base();
    doc.nodes[0].label = 'x'.repeat(LIMITS.labelLength + 1);
    doc.title = 42;
    expect(errorsOf(doc)).toEqual([
      { path: 'title', message: 'must be text' },
      { path: 'nodes[0].label', message: 'must be at most 80 characters' },
    ]);
  });

  it('a missing field and a list that is not a list', () => {
    const doc = base();
    delete doc.nodes[0].position;
    doc.lesson = 'none';
    expect(errorsOf(doc)).toEqual([
      { path: 'nodes[0].position', message: 'is missing' },
      { path: 'lesson', message: 'must be a list' },
    ]);
  });

  it('a list longer than its limit, checked before its elements', () => {
    const doc = base();
    doc.nodes = new Array(1_000_000).fill(0);
    expect(errorsOf(doc)).toEqual([{ path: 'nodes', message: `must have at most ${LIMITS.nodes} nodes` }]);
  });

  it('a bad identifier', () => {
    const doc = base();
    doc.nodes[0].id = 'web client';
    doc.edges[0].source = 'web client';
    const errors = errorsOf(doc);
    expect(errors[0]).toEqual({
      path: 'nodes[0].id',
      message: 'must be 1 to 64 letters, digits, "-" or "_"',
    });
  });
});

describe('references between parts', () => {
  it('duplicate node ids', () => {
    const doc = base();
    doc.nodes[2].id = 'orders';
    const errors = errorsOf(doc, 'broken-references');
    expect(errors[0]).toEqual({ path: 'nodes[2].id', message: '"orders" is used by another node' });
  });

  it('an edge id equal to a node id', () => {
    const doc = base();
    doc.edges[0].id = 'orders';
    expect(errorsOf(doc, 'broken-references')).toEqual([
      { path: 'edges[0].id', message: '"orders" is already used' },
    ]);
  });

  it('a dangling edge', () => {
    const doc = base();
    doc.edges[1].target = 'ledger';
    expect(errorsOf(doc, 'broken-references')).toEqual([
      { path: 'edges[1].target', message: 'there is no node "ledger"' },
    ]);
  });

  it('an edge onto itself', () => {
    const doc = base();
    doc.edges[1].target = 'orders';
    expect(errorsOf(doc, 'broken-references')).toEqual([
      { path: 'edges[1]', message: 'connects a node to itself' },
    ]);
  });

  it('a duplicate edge', () => {
    const doc = base();
    doc.edges.push({ ...doc.edges[0], id: 'again' });
    expect(errorsOf(doc, 'broken-references')).toEqual([
      { path: 'edges[2]', message: 'duplicates another edge from "client" to "orders"' },
    ]);
  });

  it('a connection of the wrong kind', () => {
    const intoClient = base();
    intoClient.edges[1].target = 'client';
    expect(errorsOf(intoClient, 'broken-references')).toEqual([
      { path: 'edges[1].kind', message: 'Nothing can call a client: clients only send requests.' },
    ]);
    const asyncNoQueue = base();
    asyncNoQueue.edges[1] = { id: 'x', kind: 'async', source: 'orders', target: 'payments' };
    expect(errorsOf(asyncNoQueue, 'broken-references')).toEqual([
      { path: 'edges[1].kind', message: 'an async edge must publish to or consume from a queue' },
    ]);
  });

  it('a fault on a missing target, and on a target of the wrong kind', () => {
    const doc = base();
    doc.scenario.faults[0].target = 'ledger';
    doc.scenario.faults.push({ id: 'f2', kind: 'crash', target: 'client', startS: 1, durationS: 1 });
    doc.scenario.faults.push({ id: 'f3', kind: 'partition', target: 'orders', startS: 1, durationS: 1 });
    expect(errorsOf(doc, 'broken-references')).toEqual([
      { path: 'scenario.faults[0].target', message: 'there is no node "ledger"' },
      { path: 'scenario.faults[1].target', message: 'a crash fault cannot target a client' },
      { path: 'scenario.faults[2].target', message: 'there is no edge "orders"' },
    ]);
  });

  it('a lesson step focused on nothing', () => {
    const doc = base();
    doc.lesson[0].focus = 'ghost';
    expect(errorsOf(doc, 'broken-references')).toEqual([
      { path: 'lesson[0].focus', message: 'there is no node or edge "ghost"' },
    ]);
  });
});

describe('versions', () => {
  it('a future version is refused in words', () => {
    const doc = { ...base(), version: 99 };
    expect(errorsOf(doc, 'future-version')[0].message).toMatch(/newer Faultline/);
  });

  it('no version, a version that is not a whole number, and not an object at all', () => {
    expect(errorsOf({ nodes: [] }, 'not-a-document')).toHaveLength(1);
    expect(errorsOf([1, 2], 'not-a-document')).toHaveLength(1);
    expect(errorsOf(null, 'not-a-document')).toHaveLength(1);
    expect(errorsOf({ ...base(), version: '2' }, 'invalid')).toEqual([
      { path: 'version', message: 'must be a whole number ≥ 1' },
    ]);
  });
});

describe('no field accepts a URL', () => {
  it('the schema has no URL field: a link-like string is only ever text or an invalid identifier', () => {
    // There is nothing link-like to reject: labels are text (rendered as text), ids refuse ":".
    const doc = base();
    doc.nodes[0].label = 'javascript:alert(1)';
    doc.description = '<img src=x onerror=alert(1)>';
    expect(parseDocument(doc).ok).toBe(true);
    doc.nodes[0].id = 'javascript:alert(1)';
    expect(errorsOf(doc)[0].path).toBe('nodes[0].id');
  });
});
