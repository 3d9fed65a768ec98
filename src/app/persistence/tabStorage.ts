import type { StorageLike } from './storageAccess';

/** One tab's view of a browser's localStorage, for tests (see `browserStorage`). */
export interface TabStorage extends StorageLike {
  /** Sends this tab's writes so far to the shared storage; the other tabs get `storage` events. */
  deliver(): void;
}

/**
 * localStorage as several tabs see it, for tests. Chromium keeps a copy of the storage in
 * each renderer: a tab reads and writes its own copy at once, and its writes reach the
 * others only later, as `storage` events. So two tabs can both read revision 7 and both
 * write revision 8; the shared value ends as whichever write arrived last. Tests choose
 * when each tab's writes arrive (`deliver`), to interleave them deterministically.
 */
export function browserStorage() {
  const shared = new Map<string, string>();
  const tabs: { cache: Map<string, string>; onStorage: (key: string, value: string | null) => void }[] = [];

  function tab(onStorage: (key: string, value: string | null) => void = () => {}): TabStorage {
    const me = { cache: new Map(shared), onStorage };
    tabs.push(me);
    const outbox: [string, string | null][] = [];
    return {
      getItem: (k) => me.cache.get(k) ?? null,
      setItem: (k, v) => {
        me.cache.set(k, String(v));
        outbox.push([k, String(v)]);
      },
      removeItem: (k) => {
        me.cache.delete(k);
        outbox.push([k, null]);
      },
      get length() {
        return me.cache.size;
      },
      key: (i) => [...me.cache.keys()][i] ?? null,
      deliver() {
        for (const [k, v] of outbox.splice(0)) {
          if (v === null) shared.delete(k);
          else shared.set(k, v);
          for (const other of tabs) {
            if (other === me) continue;
            if (v === null) other.cache.delete(k);
            else other.cache.set(k, v);
            other.onStorage(k, v);
          }
        }
      },
    };
  }

  return { tab, shared };
}
