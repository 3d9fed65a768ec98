import { describe, expect, it } from 'vitest';
import { connectionProblem, outgoingProblem } from '../../model/connections';
import { parseDocument } from '../../model/parseDocument';
import type { FaultlineDocument } from '../../model/schema';
import { connect } from './connect';
import { makeAsync } from './edgeKind';
import { insertCache } from './insertCache';

const node = (id: string, kind: string) => ({ id, kind, label: id, position: { x: 0, y: 0 } });

/** api → cache → db, with `extra` edges. */
function withCache(extra: Record<string, unknown>[] = []) {
  return {
    version: 3,
    nodes: [
      node('c', 'client'),
      node('api', 'service'),
      node('cache', 'cache'),
      node('db', 'database'),
      node('q', 'queue'),
    ],
    edges: [
      { id: 'c-api', kind: 'rpc', source: 'c', target: 'api' },
      { id: 'api-cache', kind: 'rpc', source: 'api', target: 'cache' },
      { id: 'cache-db', kind: 'rpc', source: 'cache', target: 'db' },
      ...extra,
    ],
  };
}

describe('where a cache may be connected', () => {
  it('is asked over RPC and asks a service or database over RPC', () => {
    expect(connectionProblem('rpc', 'service', 'cache')).toBeNull();
    expect(connectionProblem('rpc', 'client', 'cache')).toBeNull();
    expect(connectionProblem('rpc', 'cache', 'database')).toBeNull();
    expect(connectionProblem('rpc', 'cache', 'service')).toBeNull();
    expect(connectionProblem('rpc', 'cache', 'cache')).toBe(
      'A cache sits in front of a service or a database.',
    );
    expect(connectionProblem('async', 'cache', 'queue')).toBe(
      'A cache asks its backend over an RPC call, not with messages.',
    );
    expect(connectionProblem('async', 'queue', 'cache')).toBe(
      'A cache is asked over RPC, not with messages.',
    );
    expect(connectionProblem('async', 'service', 'cache')).toBe(
      'A cache is asked over RPC, not with messages.',
    );
  });

  it('has one backend: a second edge out of a cache is refused by name', () => {
    expect(outgoingProblem('cache', 0)).toBeNull();
    expect(outgoingProblem('service', 3)).toBeNull();
    expect(parseDocument(withCache()).ok).toBe(true);
    const r = parseDocument(withCache([{ id: 'cache-api', kind: 'rpc', source: 'cache', target: 'api' }]));
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.errors).toEqual([
        {
          path: 'edges[3].source',
          message: 'A cache has one backend: remove its edge to the current one first.',
        },
      ]);
  });

  it('the editor refuses a second backend and making a cache edge async, with the reason', () => {
    const parsed = parseDocument(withCache());
    if (!parsed.ok) throw new Error('invalid');
    const doc: FaultlineDocument = parsed.doc;
    expect(connect(doc, 'cache', 'api', 'rpc')).toMatchObject({
      ok: false,
      reason: 'A cache has one backend: remove its edge to the current one first.',
    });
    expect(makeAsync(doc, 'cache-db')).toMatchObject({ ok: false });
    expect(makeAsync(doc, 'api-cache')).toMatchObject({ ok: false });
  });

  it('a cache dropped on an RPC call goes between its ends, the caller keeping its edge settings', () => {
    const parsed = parseDocument({
      version: 3,
      nodes: [node('c', 'client'), node('api', 'service'), node('db', 'database'), node('q', 'queue')],
      edges: [
        { id: 'c-api', kind: 'rpc', source: 'c', target: 'api' },
        { id: 'api-db', kind: 'rpc', source: 'api', target: 'db', latencyMs: 7, timeoutMs: 300 },
        { id: 'api-q', kind: 'async', source: 'api', target: 'q' },
      ],
      scenario: { faults: [{ id: 'cut', kind: 'partition', target: 'api-db', startS: 1, durationS: 1 }] },
    });
    if (!parsed.ok) throw new Error('invalid');
    const r = insertCache(parsed.doc, 'api-db', { x: 100, y: 50 });
    if (!r.ok) throw new Error(r.reason);
    expect(r.created).toEqual(['cache-1', 'api-cache-1', 'cache-1-db']);
    const cache = r.doc.nodes.find((n) => n.id === 'cache-1');
    expect(cache).toMatchObject({ kind: 'cache', label: 'Cache 1', position: { x: 100, y: 50 } });
    const front = r.doc.edges.find((e) => e.id === 'api-cache-1');
    const back = r.doc.edges.find((e) => e.id === 'cache-1-db');
    expect(front).toMatchObject({ source: 'api', target: 'cache-1', latencyMs: 7, timeoutMs: 300 });
    expect(back).toMatchObject({
      kind: 'rpc',
      source: 'cache-1',
      target: 'db',
      latencyMs: 7,
      timeoutMs: 2000,
    });
    expect(r.doc.edges.some((e) => e.id === 'api-db')).toBe(false);
    // The partition follows the caller's edge.
    expect(r.doc.scenario.faults[0].target).toBe('api-cache-1');
    expect(parseDocument(JSON.parse(JSON.stringify(r.doc))).ok).toBe(true);
    // Not on a path through a queue, and not in front of a client.
    expect(insertCache(parsed.doc, 'api-q', { x: 0, y: 0 })).toMatchObject({ ok: false });
    expect(insertCache(parsed.doc, 'nope', { x: 0, y: 0 })).toMatchObject({ ok: false });
  });
});
