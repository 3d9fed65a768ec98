import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { checkIntegrity, createFault, parseDocument, stripDefaults } from '../model';
import { rpcChainRedeploy } from '../scenarios/rpcChainRedeploy';
import { exampleDocument, redo, undo, useDocumentStore } from './documentStore';
import { loadEditing } from './editing';
import { ROOM_FOR_QUEUE } from './edits';

// The checked edits are fetched after startup in the app (store/editing.ts); these tests edit.
beforeAll(async () => {
  await loadEditing();
});

const store = () => useDocumentStore.getState();
const doc = () => store().doc;
const past = () => useDocumentStore.temporal.getState().pastStates.length;

/** Every document the store holds must still pass the one decoder. */
function expectValid() {
  expect(checkIntegrity(doc())).toEqual([]);
  const again = parseDocument(JSON.parse(JSON.stringify(stripDefaults(doc()))));
  expect(again.ok && again.doc).toEqual(doc());
}

beforeEach(() => store().replaceDocument(exampleDocument()));

describe('document store actions', () => {
  it('fills in the example exactly as the one decoder would', () => {
    const r = parseDocument(rpcChainRedeploy);
    expect(r.ok && r.fromVersion).toBe(r.ok && r.doc.version);
    expect(r.ok && r.doc).toEqual(exampleDocument());
  });

  it('starts from the example with no history', () => {
    expect(doc().nodes.map((n) => n.id)).toEqual(['client', 'orders', 'payments']);
    expect(past()).toBe(0);
  });

  it('adds a node with a readable unique id, as one undo step', () => {
    const before = doc();
    const a = store().addNode('service', { x: 10.4, y: 20.6 });
    const b = store().addNode('service', { x: 50, y: 20 });
    expect(a).toEqual({ ok: true, created: ['service-1'] });
    expect(b).toEqual({ ok: true, created: ['service-2'] });
    expect(doc().nodes.at(-2)).toMatchObject({
      id: 'service-1',
      kind: 'service',
      label: 'Service 1',
      workers: 8,
    });
    expect(doc().nodes.at(-2)?.position).toEqual({ x: 10, y: 21 });
    expect(past()).toBe(2);
    undo();
    undo();
    expect(doc()).toBe(before);
    redo();
    expect(doc().nodes.map((n) => n.id)).toContain('service-1');
    expectValid();
  });

  it('commits a whole drag of several nodes as one step, and nothing when nothing moved', () => {
    const before = doc();
    store().moveNodes(
      new Map([
        ['orders', { x: 300, y: 200 }],
        ['payments', { x: 600, y: 220 }],
      ]),
    );
    expect(past()).toBe(1);
    expect(doc().nodes[1].position).toEqual({ x: 300, y: 200 });
    expect(store().moveNodes(new Map([['orders', { x: 300, y: 200 }]])).ok).toBe(false);
    expect(past()).toBe(1);
    undo();
    expect(doc()).toBe(before);
  });

  it('connects with an RPC edge and refuses invalid connections with a reason', () => {
    store().addNode('database', { x: 800, y: 120 });
    expect(store().connect('payments', 'database-1', 'rpc')).toEqual({
      ok: true,
      created: ['payments-database-1'],
    });
    const refusals = [
      store().connect('orders', 'client', 'rpc'),
      store().connect('orders', 'orders', 'rpc'),
      store().connect('client', 'orders', 'rpc'),
      store().connect('database-1', 'orders', 'rpc'),
      store().connect('payments', 'database-1', 'async'),
    ];
    expect(refusals.map((r) => (r.ok ? 'ok' : r.reason))).toEqual([
      'Nothing can call a client: clients only send requests.',
      'An edge cannot connect a node to itself.',
      'There is already an edge from Web client to orders.',
      'A database only answers queries; it does not call anything.',
      'There is already an edge from payments to Database 1.',
    ]);
    expect(past()).toBe(2);
    expectValid();
  });

  it('inserts a queue when connecting two services asynchronously, in one step', () => {
    store().addNode('service', { x: 560, y: 400 });
    const r = store().connect('orders', 'service-1', 'async');
    expect(r).toEqual({ ok: true, created: ['queue-1', 'orders-queue-1', 'queue-1-service-1'] });
    const queue = doc().nodes.find((n) => n.id === 'queue-1');
    expect(queue).toMatchObject({ kind: 'queue', label: 'Service 1 queue' });
    expect(
      doc()
        .edges.filter((e) => e.kind === 'async')
        .map((e) => [e.source, e.target]),
    ).toEqual([
      ['orders', 'queue-1'],
      ['queue-1', 'service-1'],
    ]);
    expectValid();
    undo();
    expect(doc().nodes.some((n) => n.id === 'queue-1')).toBe(false);
  });

  it('makes an RPC edge async: A→B becomes A→queue→B, laid out between them, as one step', () => {
    const before = doc();
    store().updateEdge('orders-payments', { latencyMs: 12 });
    store().update((d) => ({
      ...d,
      scenario: {
        ...d.scenario,
        faults: [...d.scenario.faults, createFault('partition', 'cut', 'orders-payments', 5, 1)],
      },
    }));
    const r = store().makeAsync('orders-payments');
    expect(r.ok).toBe(true);
    expect(doc().edges.map((e) => `${e.source}→${e.target}:${e.kind}`)).toEqual([
      'client→orders:rpc',
      'orders→queue-1:async',
      'queue-1→payments:async',
    ]);
    const at = (id: string) => doc().nodes.find((n) => n.id === id)!.position;
    // payments slid right to make room; the queue sits halfway.
    expect(at('orders').x).toBeLessThan(at('queue-1').x);
    expect(at('queue-1').x).toBeLessThan(at('payments').x);
    expect(at('payments').x - at('orders').x).toBeGreaterThanOrEqual(ROOM_FOR_QUEUE);
    expect(at('queue-1').x).toBe((at('orders').x + at('payments').x) / 2);
    expect(doc().edges[1].latencyMs).toBe(12);
    expect(doc().scenario.faults.find((f) => f.id === 'cut')?.target).toBe('orders-queue-1');
    expectValid();
    undo();
    undo();
    undo();
    expect(doc()).toBe(before);
  });

  it('refuses to make an RPC call into a database async, and says why', () => {
    store().addNode('database', { x: 800, y: 120 });
    store().connect('payments', 'database-1', 'rpc');
    const steps = past();
    const r = store().makeAsync('payments-database-1');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toMatch(/database.*cannot consume messages/i);
    expect(past()).toBe(steps);
  });

  it('toggles an edge to async and back to RPC', () => {
    expect(store().toggleEdgeKind('orders-payments').ok).toBe(true);
    expect(doc().nodes).toHaveLength(4);
    const back = store().toggleEdgeKind('queue-1-payments');
    expect(back).toEqual({ ok: true, created: ['orders-payments'] });
    expect(doc().nodes.map((n) => n.id)).toEqual(['client', 'orders', 'payments']);
    expect(doc().edges.map((e) => `${e.id}:${e.kind}`)).toEqual(['client-orders:rpc', 'orders-payments:rpc']);
    expectValid();
    undo();
    expect(doc().nodes).toHaveLength(4);
  });

  it('refuses to turn a shared queue into a direct call', () => {
    store().addNode('service', { x: 0, y: 400 });
    store().connect('orders', 'service-1', 'async');
    store().connect('queue-1', 'payments', 'async');
    const r = store().toggleEdgeKind('orders-queue-1');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toContain('1 publisher and 2 subscribers');
  });

  it('updates parameters only when valid', () => {
    expect(store().updateNode('orders', { workers: 16 }).ok).toBe(true);
    expect(doc().nodes[1]).toMatchObject({ workers: 16 });
    const bad = store().updateNode('orders', { workers: 0 });
    expect(bad).toEqual({ ok: false, reason: 'workers: must be a whole number from 1 to 10000' });
    expect(store().updateNode('orders', { kind: 'database', id: 'x', workers: 4 }).ok).toBe(true);
    expect(doc().nodes[1]).toMatchObject({ id: 'orders', kind: 'service', workers: 4 });
    expect(store().updateEdge('client-orders', { retry: { ...doc().edges[0], maxAttempts: 3 } }).ok).toBe(
      false,
    );
    const edge = doc().edges[0];
    if (edge.kind !== 'rpc') throw new Error('expected rpc');
    expect(store().updateEdge('client-orders', { retry: { ...edge.retry, maxAttempts: 3 } }).ok).toBe(true);
    expect(past()).toBe(3);
    undo();
    expect(doc().edges[0]).toBe(edge);
    expectValid();
  });

  it('renames nodes and edges, keeping labels as plain text', () => {
    const hostile = '<img src=x onerror=alert(1)>';
    expect(store().rename('orders', hostile).ok).toBe(true);
    expect(doc().nodes[1].label).toBe(hostile);
    expect(store().rename('client-orders', 'checkout').ok).toBe(true);
    expect(doc().edges[0].label).toBe('checkout');
    expect(store().rename('orders', 'x'.repeat(81)).ok).toBe(false);
    undo();
    expect(doc().edges[0].label).toBe('');
  });

  it('deletes nodes with their edges and the faults aimed at them, in one step', () => {
    const before = doc();
    expect(store().removeItems(['payments'], []).ok).toBe(true);
    expect(doc().nodes.map((n) => n.id)).toEqual(['client', 'orders']);
    expect(doc().edges.map((e) => e.id)).toEqual(['client-orders']);
    expect(doc().scenario.faults).toEqual([]);
    expect(doc().lesson).toHaveLength(4);
    expectValid();
    expect(store().removeItems([], ['client-orders']).ok).toBe(true);
    expect(doc().edges).toEqual([]);
    expect(store().removeItems([], []).ok).toBe(false);
    undo();
    undo();
    expect(doc()).toBe(before);
  });

  it('changes the scenario duration and seed within range', () => {
    expect(store().updateScenario({ durationS: 120, seed: 42 }).ok).toBe(true);
    expect(doc().scenario).toMatchObject({ durationS: 120, seed: 42 });
    expect(store().updateScenario({ durationS: 0 })).toEqual({
      ok: false,
      reason: 'durationS: must be a number from 1 to 86400 s',
    });
    undo();
    expect(doc().scenario).toMatchObject({ durationS: 60, seed: 1 });
  });

  it('renames the diagram, within the title length', () => {
    expect(store().setTitle('Checkout').ok).toBe(true);
    expect(doc().title).toBe('Checkout');
    expect(store().setTitle('x'.repeat(121)).ok).toBe(false);
    undo();
    expect(doc().title).toBe('RPC chain under redeploy');
  });

  it('replacing the document clears the history', () => {
    store().addNode('queue', { x: 0, y: 0 });
    store().replaceDocument(exampleDocument());
    expect(past()).toBe(0);
  });
});

describe('merging edits into one step', () => {
  it('typing several valid values into one field is one undo step', async () => {
    const { mergeIntoLastStep } = await import('./documentStore');
    store().replaceDocument(exampleDocument());
    const before = doc();
    store().updateNode('orders', { workers: 1 });
    mergeIntoLastStep(() => store().updateNode('orders', { workers: 12 }));
    mergeIntoLastStep(() => store().updateNode('orders', { workers: 120 }));
    expect(doc().nodes[1]).toMatchObject({ workers: 120 });
    expect(past()).toBe(1);
    undo();
    expect(doc()).toBe(before);
    redo();
    expect(doc().nodes[1]).toMatchObject({ workers: 120 });
  });
});
