import type { StorageLike } from './storageAccess';

/**
 * A Storage-like object in memory for tests. `failWith` makes every `setItem` throw that
 * error (a full or blocked storage).
 */
export function memoryStorage(
  initial: Record<string, string> = {},
): StorageLike & { data: Map<string, string>; failWith: unknown } {
  const data = new Map(Object.entries(initial));
  const storage = {
    data,
    failWith: undefined as unknown,
    getItem: (k: string) => (data.has(k) ? (data.get(k) as string) : null),
    setItem: (k: string, v: string) => {
      if (storage.failWith !== undefined) throw storage.failWith;
      data.set(k, String(v));
    },
    removeItem: (k: string) => {
      data.delete(k);
    },
  };
  return storage;
}
