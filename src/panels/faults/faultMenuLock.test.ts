import { afterEach, describe, expect, it } from 'vitest';
import { setEditLock } from '../../store/editLock';
import { useUiStore } from '../../store/uiStore';
import { closeFaultMenu, faultMenuStore, openFaultMenu } from './faultMenuStore';

afterEach(() => {
  setEditLock(null);
  closeFaultMenu();
});

const target = { id: 'payments', isEdge: false, x: 10, y: 10 };

describe('the fault menu under a lock', () => {
  it('does not open while the fault timeline is locked, and says why', () => {
    setEditLock({
      owner: 'a challenge',
      refuse: () => null,
      lockedScenario: 'The faults are part of a challenge.',
    });
    openFaultMenu(target);
    expect(faultMenuStore.getState().open).toBeNull();
    expect(useUiStore.getState().status?.text).toBe('The faults are part of a challenge.');
  });

  it('opens as before without a lock', () => {
    openFaultMenu(target);
    expect(faultMenuStore.getState().open).toEqual(target);
  });
});
