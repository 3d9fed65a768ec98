import { describe, expect, it } from 'vitest';
import { makeDoc } from '../testing/testDocs';
import { compileTopology } from './topology';

/** a → b over rpc, b → q asynchronously: with a breaker on a → b, or deadlines at a, or neither. */
function doc(o: { breaker?: boolean; propagateDeadline?: boolean }) {
  return makeDoc(
    [
      { id: 'a', kind: 'service', propagateDeadline: o.propagateDeadline ?? false },
      { id: 'b', kind: 'service' },
      { id: 'q', kind: 'queue' },
    ],
    [
      { id: 'a-b', kind: 'rpc', source: 'a', target: 'b', breaker: { enabled: o.breaker ?? false } },
      { id: 'b-q', kind: 'async', source: 'b', target: 'q' },
    ],
  );
}

const plain = (d: ReturnType<typeof doc>) => compileTopology(d).edges.map((e) => [e.id, e.plainRpc]);

describe('plainRpc: an RPC edge whose only guard is its timeout', () => {
  it('is an RPC edge with no breaker whose caller does not propagate deadlines', () => {
    expect(plain(doc({}))).toEqual([
      ['a-b', true],
      ['b-q', false],
    ]);
  });
  it('is not when the edge has a breaker or its caller propagates deadlines', () => {
    expect(plain(doc({ breaker: true }))[0]).toEqual(['a-b', false]);
    expect(plain(doc({ propagateDeadline: true }))[0]).toEqual(['a-b', false]);
  });
});
