// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ServiceNode } from '../../model';
import { exampleDocument, useDocumentStore } from '../../store/documentStore';
import { loadEditing } from '../../store/editing';
import { setEditLock } from '../../store/editLock';
import { useSelectionStore } from '../../store/selectionStore';
import { Inspector } from './Inspector';

beforeAll(async () => {
  await loadEditing();
});

const orders = () => useDocumentStore.getState().doc.nodes.find((n) => n.id === 'orders') as ServiceNode;
const WHY = 'Locked by the challenge: the redeploy needs these workers as they are.';

beforeEach(() => {
  useDocumentStore.getState().replaceDocument(exampleDocument());
  setEditLock({
    owner: 'the test challenge',
    refuse: (next, previous) =>
      (next.nodes.find((n) => n.id === 'orders') as ServiceNode).workers !==
      (previous.nodes.find((n) => n.id === 'orders') as ServiceNode).workers
        ? WHY
        : null,
    lockedField: (item, field) => (item === 'orders' && field === 'workers' ? WHY : null),
  });
  useSelectionStore.getState().select(['orders'], []);
});
afterEach(cleanup);

describe('locked fields in the inspector', () => {
  it('shows a locked field read-only, with a lock and why, and leaves the others editable', () => {
    render(<Inspector />);
    const workers = screen.getByLabelText('Workers per instance') as HTMLInputElement;
    const area = workers.closest('fieldset[data-locked]') as HTMLFieldSetElement;
    expect(area).not.toBeNull();
    expect(area.disabled).toBe(true);
    expect(area.textContent).toContain(WHY);
    const instances = screen.getByLabelText('Instances') as HTMLInputElement;
    expect(instances.closest('fieldset[data-locked]')).toBeNull();
    fireEvent.change(instances, { target: { value: '3' } });
    expect(orders().instances).toBe(3);
  });

  it('a change that reaches the locked field anyway is refused by the store, with the reason shown', () => {
    render(<Inspector />);
    const workers = screen.getByLabelText('Workers per instance') as HTMLInputElement;
    fireEvent.change(workers, { target: { value: '16' } });
    expect(orders().workers).toBe(8);
  });

  it('shows every field editable once the lock is lifted', () => {
    setEditLock(null);
    render(<Inspector />);
    const workers = screen.getByLabelText('Workers per instance') as HTMLInputElement;
    expect(workers.closest('fieldset[data-locked]')).toBeNull();
  });
});
