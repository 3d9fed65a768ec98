import type { ReactNode } from 'react';
import { useEditLockStore } from '../../store/editLock';
import './locked.css';

/** Why each field of a node or edge is locked (store/editLock.ts), or null; follows the lock. */
export function useLockedFieldsOf(itemId: string): (field: string) => string | null {
  const lock = useEditLockStore((s) => s.lock);
  return (field) => lock?.lockedField?.(itemId, field) ?? null;
}

/** Why the traffic and the fault timeline are read-only, or null; follows the lock. */
export function useLockedScenario(): string | null {
  return useEditLockStore((s) => s.lock?.lockedScenario ?? null);
}

/**
 * Shows `children` read-only when `why` is set: a disabled fieldset (which disables every
 * control inside it, whatever it is) with a lock and the reason under it. The store
 * refuses the change anyway (editLock.ts); this says so before anyone tries.
 */
export function LockedArea({ why, children }: { why: string | null; children: ReactNode }) {
  if (!why) return <>{children}</>;
  return (
    <fieldset disabled className="fl-locked" data-locked="true">
      {children}
      <p className="fl-locked__why">
        <svg width="11" height="12" viewBox="0 0 11 12" aria-hidden="true" className="fl-locked__icon">
          <rect x="0.5" y="5" width="10" height="6.5" rx="1" fill="currentColor" />
          <path d="M2.5 5V3.5a3 3 0 0 1 6 0V5" fill="none" stroke="currentColor" strokeWidth="1.3" />
        </svg>{' '}
        {why}
      </p>
    </fieldset>
  );
}
