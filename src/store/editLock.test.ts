import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { FaultlineDocument } from '../model/schema';
import { exampleDocument, redo, undo, useDocumentStore } from './documentStore';
import { loadEditing } from './editing';
import { type EditLock, editLock, setEditLock } from './editLock';
import { copyItems } from './edits/clipboard';

beforeAll(async () => {
  await loadEditing();
});

const store = () => useDocumentStore.getState();
const doc = () => store().doc;
const workersOf = (d: FaultlineDocument, id: string) => {
  const n = d.nodes.find((x) => x.id === id);
  return n && 'workers' in n ? n.workers : undefined;
};

/**
 * A lock like a challenge's: payments' workers and the fault timeline are locked, and only
 * clients may be added; orders may be edited freely.
 */
const lock: EditLock = {
  owner: 'the test challenge',
  refuse: (next, previous) => {
    if (!next.nodes.some((n) => n.id === 'payments')) return 'Payments is locked by the test challenge.';
    if (workersOf(next, 'payments') !== workersOf(previous, 'payments'))
      return 'Payments’ workers are locked by the test challenge.';
    if (JSON.stringify(next.scenario.faults) !== JSON.stringify(previous.scenario.faults))
      return 'The fault timeline is locked by the test challenge.';
    const before = new Set(previous.nodes.map((n) => n.id));
    if (next.nodes.some((n) => !before.has(n.id) && n.kind !== 'client'))
      return 'Only clients may be added in the test challenge.';
    return null;
  },
  addableKinds: ['client'],
};

beforeEach(() => {
  store().replaceDocument(exampleDocument());
  setEditLock(lock);
});

describe('the edit lock', () => {
  it('refuses an edit of a locked field, changing nothing and leaving no undo step', () => {
    const before = doc();
    expect(store().updateNode('payments', { workers: 20 })).toEqual({
      ok: false,
      reason: 'Payments’ workers are locked by the test challenge.',
    });
    expect(doc()).toBe(before);
    expect(useDocumentStore.temporal.getState().pastStates).toHaveLength(0);
  });

  it('lets edits of unlocked parts through', () => {
    expect(store().updateNode('orders', { workers: 20 }).ok).toBe(true);
    expect(workersOf(doc(), 'orders')).toBe(20);
  });

  it('refuses deleting a locked node', () => {
    const r = store().removeItems(['payments'], []);
    expect(r).toEqual({ ok: false, reason: 'Payments is locked by the test challenge.' });
    expect(doc().nodes.map((n) => n.id)).toContain('payments');
  });

  it('refuses a paste that adds a kind the lock does not allow, and lets an allowed one through', () => {
    const services = copyItems(doc(), ['orders']);
    const clients = copyItems(doc(), ['client']);
    if (!services || !clients) throw new Error('the example lost its nodes');
    const before = doc();
    expect(store().paste(services, { x: 40, y: 40 })).toEqual({
      ok: false,
      reason: 'Only clients may be added in the test challenge.',
    });
    expect(doc()).toBe(before);
    expect(store().paste(clients, { x: 40, y: 40 }).ok).toBe(true);
  });

  it('refuses a whole-document update that changes a locked part (a fault fired, a crafted replacement)', () => {
    const before = doc();
    const r = store().update((d) => ({ ...d, scenario: { ...d.scenario, faults: [] } }));
    expect(r).toEqual({ ok: false, reason: 'The fault timeline is locked by the test challenge.' });
    expect(doc()).toBe(before);
  });

  it('keeps undo from going past the state the lock was set on', () => {
    setEditLock(null);
    expect(store().updateNode('payments', { workers: 2 }).ok).toBe(true);
    setEditLock(lock);
    expect(store().updateNode('orders', { workers: 3 }).ok).toBe(true);
    expect(undo()).toBe(true);
    expect(workersOf(doc(), 'orders')).toBe(8);
    // The next step back would give payments its 8 workers again: refused.
    expect(undo()).toBe(false);
    expect(workersOf(doc(), 'payments')).toBe(2);
    expect(redo()).toBe(true);
    expect(workersOf(doc(), 'orders')).toBe(3);
  });

  it('is lifted by a new document', () => {
    store().replaceDocument(exampleDocument());
    expect(editLock()).toBeNull();
    expect(store().updateNode('payments', { workers: 20 }).ok).toBe(true);
  });
});
