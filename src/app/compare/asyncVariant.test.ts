import { describe, expect, it } from 'vitest';
import { createNode, type FaultlineDocument, parseDocument } from '../../model';
import { rpcChainRedeploy } from '../../scenarios/rpcChainRedeploy';
import { makeAsync } from '../../store/edits/edgeKind';
import { ALL_RPC_EDGES, asyncVariant, rpcEdgeChoices } from './asyncVariant';

function example(): FaultlineDocument {
  const r = parseDocument(rpcChainRedeploy);
  if (!r.ok) throw new Error('invalid');
  return r.doc;
}

/** The example with a database behind payments (a call no queue can replace). */
function withDatabase(): FaultlineDocument {
  const doc = example();
  return {
    ...doc,
    nodes: [...doc.nodes, createNode('database', 'ledger', 'ledger', { x: 1100, y: 120 })],
    edges: [...doc.edges, { ...doc.edges[1], id: 'payments-ledger', source: 'payments', target: 'ledger' }],
  };
}

describe('the async variant', () => {
  it('offers each RPC edge by its caller and callee', () => {
    expect(rpcEdgeChoices(example())).toEqual([
      { id: 'client-orders', name: 'Web client → orders' },
      { id: 'orders-payments', name: 'orders → payments' },
    ]);
    const labelled = example();
    labelled.edges[1] = { ...labelled.edges[1], label: 'charge' };
    expect(rpcEdgeChoices(labelled)[1].name).toBe('orders → payments (charge)');
  });

  it('is the editor’s own "Make it async" of the chosen edge, titled by what changed', () => {
    const doc = example();
    const before = structuredClone(doc);
    const r = asyncVariant(doc, 'orders-payments');
    if (!r.ok) throw new Error(r.reason);
    const byHand = makeAsync(doc, 'orders-payments');
    if (!byHand.ok) throw new Error(byHand.reason);
    expect(r.doc).toEqual({ ...byHand.doc, title: 'RPC chain under redeploy, with orders → payments async' });
    expect(r.made).toEqual(['orders → payments']);
    expect(r.doc.edges.filter((e) => e.kind === 'rpc').map((e) => e.id)).toEqual(['client-orders']);
    expect(parseDocument(r.doc).ok).toBe(true);
    expect(doc).toEqual(before);
  });

  it('makes every RPC edge async that can be, and says which could not', () => {
    const r = asyncVariant(withDatabase(), ALL_RPC_EDGES);
    if (!r.ok) throw new Error(r.reason);
    expect(r.made).toEqual(['Web client → orders', 'orders → payments']);
    expect(r.skipped).toEqual([{ edge: 'payments → ledger', reason: expect.stringMatching(/database/) }]);
    expect(r.doc.title).toBe('RPC chain under redeploy, with every RPC call async');
    expect(r.doc.nodes.filter((n) => n.kind === 'queue')).toHaveLength(2);
    expect(r.doc.edges.filter((e) => e.kind === 'rpc').map((e) => e.target)).toEqual(['ledger']);
    expect(parseDocument(r.doc).ok).toBe(true);
  });

  it('refuses when there is nothing to make async, with the reason', () => {
    const none = asyncVariant(withDatabase(), 'payments-ledger');
    expect(!none.ok && none.reason).toMatch(/^payments → ledger cannot be made async: A database/);
    const queued = makeAsync(example(), 'orders-payments');
    if (!queued.ok) throw new Error(queued.reason);
    const noRpc = makeAsync(queued.doc, 'client-orders');
    if (!noRpc.ok) throw new Error(noRpc.reason);
    expect(asyncVariant(noRpc.doc, ALL_RPC_EDGES)).toEqual({
      ok: false,
      reason: 'This diagram has no RPC edge to make async.',
    });
    expect(asyncVariant(example(), 'gone')).toEqual({
      ok: false,
      reason: 'That RPC edge is no longer in the diagram.',
    });
  });

  it('keeps its title within the limit, never splitting a character', () => {
    const doc = { ...example(), title: `${'a'.repeat(119)}😀` };
    const r = asyncVariant(doc, ALL_RPC_EDGES);
    expect(r.ok && parseDocument(r.doc).ok).toBe(true);
  });
});
