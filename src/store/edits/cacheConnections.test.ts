import { describe, expect, it } from 'vitest';
import { connectionProblem, outgoingProblem } from '../../model/connections';
import { parseDocument } from '../../model/parseDocument';
import type { FaultlineDocument } from '../../model/schema';
import { connect } from './connect';
import { makeAsync } from './edgeKind';

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
});
