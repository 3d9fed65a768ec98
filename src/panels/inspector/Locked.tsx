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
        <span aria-hidden="true">🔒 </span>
        {why}
      </p>
    </fieldset>
  );
}
