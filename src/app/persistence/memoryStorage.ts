import type { StorageLike } from './storageAccess';

/**
 * A Storage-like object in memory for tests. `failWith` makes every `setItem` throw that
 * error (a full or blocked storage); `quotaChars` makes `setItem` throw QuotaExceededError
 * once keys and values together would pass that many characters, as a browser's does.
 */
export function memoryStorage(
  initial: Record<string, string> = {},
  options: { quotaChars?: number } = {},
): StorageLike & { data: Map<string, string>; failWith: unknown } {
  const data = new Map(Object.entries(initial));
  const used = (without: string) => {
    let n = 0;
    for (const [k, v] of data) if (k !== without) n += k.length + v.length;
    return n;
  };
  const storage = {
    data,
    failWith: undefined as unknown,
    getItem: (k: string) => (data.has(k) ? (data.get(k) as string) : null),
    setItem: (k: string, v: string) => {
      if (storage.failWith !== undefined) throw storage.failWith;
      const value = String(v);
      if (options.quotaChars !== undefined && used(k) + k.length + value.length > options.quotaChars)
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      data.set(k, value);
    },
    removeItem: (k: string) => {
      data.delete(k);
    },
    get length() {
      return data.size;
    },
    key: (i: number) => [...data.keys()][i] ?? null,
  };
  return storage;
}
