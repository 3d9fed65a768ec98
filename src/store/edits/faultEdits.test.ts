import { describe, expect, it } from 'vitest';
import { exampleDocument } from '../documentStore';
import { addFault, appendFault, faultKindsFor, removeFault, updateFault } from './faultEdits';

describe('fault timeline edits', () => {
  it('adds a fault with defaults and a readable unique id', () => {
    const doc = exampleDocument();
    const a = addFault(doc, 'crash', 'orders', 5, 3);
    expect(a.fault).toMatchObject({
      id: 'crash-orders',
      kind: 'crash',
      mode: 'refuse',
      startS: 5,
      durationS: 3,
    });
    const b = addFault(a.doc, 'crash', 'orders', 8, 3);
    expect(b.fault.id).toBe('crash-orders-2');
    expect(b.doc.scenario.faults).toHaveLength(3);
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
    const without = removeFault(doc, 'redeploy-payments');
    expect(without.scenario.faults).toEqual([]);
    const live = doc.scenario.faults[0];
    expect(appendFault(doc, live)).toBe(doc);
    expect(appendFault(without, live).scenario.faults).toEqual([live]);
  });

  it('offers the fault kinds that fit the target', () => {
    expect(faultKindsFor({ isEdge: true })).toEqual(['partition']);
    expect(faultKindsFor({ isEdge: false, nodeKind: 'client' })).toEqual(['surge']);
    expect(faultKindsFor({ isEdge: false, nodeKind: 'service' })).toContain('redeploy');
  });
});
