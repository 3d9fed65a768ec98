/**
 * A least-recently-used table of integer keys in typed arrays: a doubly linked list of
 * slots, most recent first, and an index from key to slot. Lookups, fills and evictions are
 * O(1) and allocate nothing; being plain typed arrays, it is checkpointed with the run
 * state. A slot whose entry expired is kept in the list, empty, at the least recent end, so
 * it is the next one reused.
 */

/** An LRU table over keys 0 … keyspace−1 holding at most `capacity` entries. */
export interface Lru {
  /** Key → slot, or −1 when the key holds no entry. */
  slotOf: Int32Array;
  /** Slot → key, or −1 for an empty slot. */
  keyOf: Int32Array;
  prev: Int32Array;
  next: Int32Array;
  /** Slot → time its entry expires (ms); empty when entries never expire. */
  expires: Float64Array;
  /** Most and least recently used slot, −1 when no slot is in use yet. */
  head: number;
  tail: number;
  /** Slots taken into the list so far (never more than the capacity). */
  used: number;
  /** Entries held (slots in the list minus empty ones). */
  size: number;
}

/** An empty table; `expiring` allocates the expiry times. */
export function createLru(keyspace: number, capacity: number, expiring: boolean): Lru {
  const cap = Math.max(1, Math.min(capacity, keyspace));
  return {
    slotOf: new Int32Array(keyspace).fill(-1),
    keyOf: new Int32Array(cap).fill(-1),
    prev: new Int32Array(cap).fill(-1),
    next: new Int32Array(cap).fill(-1),
    expires: new Float64Array(expiring ? cap : 0),
    head: -1,
    tail: -1,
    used: 0,
    size: 0,
  };
}

function unlink(t: Lru, slot: number): void {
  const p = t.prev[slot];
  const n = t.next[slot];
  if (p >= 0) t.next[p] = n;
  else t.head = n;
  if (n >= 0) t.prev[n] = p;
  else t.tail = p;
  t.prev[slot] = -1;
  t.next[slot] = -1;
}

function pushFront(t: Lru, slot: number): void {
  t.prev[slot] = -1;
  t.next[slot] = t.head;
  if (t.head >= 0) t.prev[t.head] = slot;
  t.head = slot;
  if (t.tail < 0) t.tail = slot;
}

function pushBack(t: Lru, slot: number): void {
  t.next[slot] = -1;
  t.prev[slot] = t.tail;
  if (t.tail >= 0) t.next[t.tail] = slot;
  t.tail = slot;
  if (t.head < 0) t.head = slot;
}

/**
 * Whether `key` holds a live entry at time `now`; a hit becomes the most recently used. An
 * entry found expired is dropped (its slot goes empty to the least recent end).
 */
export function lruGet(t: Lru, key: number, now: number): boolean {
  const slot = t.slotOf[key];
  if (slot < 0) return false;
  if (t.expires.length > 0 && t.expires[slot] <= now) {
    t.slotOf[key] = -1;
    t.keyOf[slot] = -1;
    t.size--;
    unlink(t, slot);
    pushBack(t, slot);
    return false;
  }
  if (t.head !== slot) {
    unlink(t, slot);
    pushFront(t, slot);
  }
  return true;
}

/**
 * Stores `key` as the most recently used entry, expiring at `expiresAt` (ignored when
 * entries never expire), evicting the least recently used entry when the table is full.
 */
export function lruPut(t: Lru, key: number, expiresAt: number): void {
  let slot = t.slotOf[key];
  if (slot >= 0) {
    unlink(t, slot);
  } else {
    if (t.used < t.keyOf.length) slot = t.used++;
    else {
      slot = t.tail;
      unlink(t, slot);
      const old = t.keyOf[slot];
      if (old >= 0) {
        t.slotOf[old] = -1;
        t.size--;
      }
    }
    t.keyOf[slot] = key;
    t.slotOf[key] = slot;
    t.size++;
  }
  if (t.expires.length > 0) t.expires[slot] = expiresAt;
  pushFront(t, slot);
}

/** Forgets every entry, in time proportional to the slots in use. */
export function lruClear(t: Lru): void {
  for (let slot = t.head; slot >= 0; ) {
    const next = t.next[slot];
    const key = t.keyOf[slot];
    if (key >= 0) t.slotOf[key] = -1;
    t.keyOf[slot] = -1;
    t.prev[slot] = -1;
    t.next[slot] = -1;
    slot = next;
  }
  t.head = -1;
  t.tail = -1;
  t.used = 0;
  t.size = 0;
}
