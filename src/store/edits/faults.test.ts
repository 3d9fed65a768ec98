import { describe, expect, it } from 'vitest';
import { createNode } from '../../model/defaults';
import { exampleDocument } from '../documentStore';
import { addFault, appendFault, removeFault, updateFault } from './faults';

describe('fault timeline edits', () => {
  it('adds a fault with defaults and a readable unique id', () => {
    const doc = exampleDocument();
    const a = addFault(doc, 'crash', 'orders', 5, 3);
    if (!a.ok) throw new Error(a.reason);
    expect(a.created).toEqual(['crash-orders']);
    expect(a.doc.scenario.faults.at(-1)).toMatchObject({
      id: 'crash-orders',
      kind: 'crash',
      mode: 'refuse',
      startS: 5,
      durationS: 3,
    });
    const b = addFault(a.doc, 'crash', 'orders', 8, 3);
    if (!b.ok) throw new Error(b.reason);
    expect(b.created).toEqual(['crash-orders-2']);
    expect(b.doc.scenario.faults).toHaveLength(3);
  });

  it('refuses a fault the target does not take, naming the fault and the target', () => {
    const doc = exampleDocument();
    const withQueue = { ...doc, nodes: [...doc.nodes, createNode('queue', 'jobs', 'Jobs')] };
    const r = addFault(withQueue, 'slow', 'jobs', 5, 3);
    expect(r).toEqual({
      ok: false,
      reason: 'The slow fault cannot be added: a slow fault cannot target a queue.',
    });
    expect(addFault(withQueue, 'crash', 'jobs', 5, 3).ok).toBe(true);
    expect(addFault(doc, 'crash', 'nowhere', 5, 3).ok).toBe(false);
    expect(addFault(doc, 'crash', 'orders', -1, 3)).toEqual({
      ok: false,
      reason: 'Start must be 0 or more and duration more than 0 seconds.',
    });
  });

  it('moves and resizes a fault, refusing values the schema refuses', () => {
    const doc = exampleDocument();
    const moved = updateFault(doc, 'redeploy-payments', { startS: 25, durationS: 4 });
    expect(moved.ok && moved.doc.scenario.faults[0]).toMatchObject({ startS: 25, durationS: 4 });
    const bad = updateFault(doc, 'redeploy-payments', { durationS: 0 });
    expect(bad.ok).toBe(false);
    expect(updateFault(doc, 'nope', { startS: 1 }).ok).toBe(false);
  });

  it('deletes a fault and appends a live one once', () => {
    const doc = exampleDocument();
    const removed = removeFault(doc, 'redeploy-payments');
    if (!removed.ok) throw new Error(removed.reason);
    const without = removed.doc;
    expect(without.scenario.faults).toEqual([]);
    expect(removeFault(without, 'redeploy-payments')).toEqual({
      ok: false,
      reason: 'there is no fault "redeploy-payments"',
    });
    const live = doc.scenario.faults[0];
    expect(appendFault(doc, live)).toBe(doc);
    expect(appendFault(without, live).scenario.faults).toEqual([live]);
  });
});
