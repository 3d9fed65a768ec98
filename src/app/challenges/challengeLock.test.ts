import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { checkChallenge, getChallenge, lockedPartsDiffer, startOf } from '../../challenges';
import { redo, undo, useDocumentStore } from '../../store/documentStore';
import { loadEditing } from '../../store/editing';
import { editLock, setEditLock } from '../../store/editLock';
import { copyItems } from '../../store/edits/clipboard';
import { challengeLock } from './challengeLock';

beforeAll(async () => {
  await loadEditing();
});

const challenge = getChallenge('survive-redeploy');
if (!challenge) throw new Error('the campaign lost its first level');
const start = startOf(challenge);
const store = () => useDocumentStore.getState();
const doc = () => store().doc;
const lock = challengeLock(challenge, start);

beforeEach(() => {
  store().replaceDocument(startOf(challenge));
  setEditLock(lock);
});

describe('challenge mode refuses every way into a locked part', () => {
  it('refuses a locked parameter with the tamper check’s words, and lets a freed one through', () => {
    const r = store().updateNode('payments', { workers: 20 });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.reason).toContain("Node 'payments' parameter workers is locked");
    expect(!r.ok && r.reason).toContain('the challenge “Survive a redeploy”');
    expect(store().updateNode('client', { completion: 'poll' }).ok).toBe(true);
  });

  it('offers only the kinds the challenge allows, and refuses adding another', () => {
    expect(lock.addableKinds).toEqual(['queue']);
    expect(store().addNode('service', { x: 0, y: 0 }).ok).toBe(false);
    expect(store().addNode('queue', { x: 0, y: 0 }).ok).toBe(true);
  });

  it('refuses deleting a locked node or edge; an edge the challenge lets go async may go', () => {
    expect(store().removeItems(['payments'], []).ok).toBe(false);
    expect(store().removeItems([], ['client-orders']).ok).toBe(false);
    expect(doc().edges.map((e) => e.id)).toContain('client-orders');
    expect(store().removeItems([], ['orders-payments']).ok).toBe(true);
  });

  it('lets a freed edge be rerouted by hand, step by step; Check refuses a design left without it', () => {
    expect(store().removeItems([], ['orders-payments']).ok).toBe(true);
    const dropped = checkChallenge(challenge, doc(), { start });
    expect(dropped.verdict).toBe('refused');
    const added = store().addNode('queue', { x: 400, y: 300 });
    if (!added.ok) throw new Error(added.reason);
    const [queue] = added.created;
    expect(store().connect('orders', queue, 'async').ok).toBe(true);
    expect(store().connect(queue, 'payments', 'async').ok).toBe(true);
    expect(lockedPartsDiffer(challenge, doc(), start)).toEqual([]);
  });

  it('turns only the freed edge async', () => {
    expect(store().makeAsync('client-orders').ok).toBe(false);
    expect(store().makeAsync('orders-payments').ok).toBe(true);
    expect(lockedPartsDiffer(challenge, doc(), start)).toEqual([]);
    // What the e2e does by mouse is a whole solution: the edge async is enough to pass.
    const card = checkChallenge(challenge, doc(), { start });
    expect(card.goals.filter((g) => !g.met).map((g) => `${g.label}: ${g.measuredText}`)).toEqual([]);
    expect(card.stars).toBeGreaterThan(0);
  });

  it('refuses a paste of a kind the challenge does not allow', () => {
    const clip = copyItems(doc(), ['orders']);
    if (!clip) throw new Error('no orders to copy');
    const before = doc();
    const r = store().paste(clip, { x: 40, y: 40 });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.reason).toContain('allows adding only queue');
    expect(doc()).toBe(before);
  });

  it('refuses a changed fault timeline or traffic, however it comes (a fired fault, a crafted document)', () => {
    const faultless = store().update((d) => ({ ...d, scenario: { ...d.scenario, faults: [] } }));
    expect(faultless.ok).toBe(false);
    expect(!faultless.ok && faultless.reason).toContain('The fault timeline was changed');
    expect(doc().scenario.faults).toHaveLength(1);
  });

  it('does not undo past the challenge’s start, and undoes and redoes the learner’s own edits', () => {
    expect(undo()).toBe(false);
    expect(store().makeAsync('orders-payments').ok).toBe(true);
    expect(undo()).toBe(true);
    expect(doc().edges.map((e) => e.id)).toContain('orders-payments');
    expect(undo()).toBe(false);
    expect(redo()).toBe(true);
    expect(doc().edges.map((e) => e.id)).not.toContain('orders-payments');
  });

  it('shows locked and freed fields as the challenge says', () => {
    expect(lock.lockedField?.('payments', 'workers')).toContain('Locked by');
    expect(lock.lockedField?.('client', 'traffic')).toContain('Locked by');
    expect(lock.lockedField?.('client', 'completion')).toBeNull();
    expect(lock.lockedField?.('queue-1', 'capacity')).toBeNull();
  });

  it('ends with a new document', () => {
    store().replaceDocument(startOf(challenge));
    expect(editLock()).toBeNull();
  });
});
