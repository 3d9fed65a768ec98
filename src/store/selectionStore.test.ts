import { beforeEach, describe, expect, it } from 'vitest';
import { useSelectionStore } from './selectionStore';

describe('selection', () => {
  beforeEach(() => useSelectionStore.getState().clear());

  it('toggle adds an item to the selection and takes it out again', () => {
    const s = useSelectionStore.getState();
    s.select(['orders'], []);
    s.toggle('orders-payments', true);
    expect(useSelectionStore.getState()).toMatchObject({ nodeIds: ['orders'], edgeIds: ['orders-payments'] });
    s.toggle('payments', false);
    expect(useSelectionStore.getState().nodeIds).toEqual(['orders', 'payments']);
    s.toggle('orders-payments', true);
    s.toggle('orders', false);
    expect(useSelectionStore.getState()).toMatchObject({ nodeIds: ['payments'], edgeIds: [] });
  });
});
