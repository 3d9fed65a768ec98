/**
 * FIFOs of pool indices (backlogs, subscriptions): a plain array and a head position,
 * compacted as it drains, so it stays plain data for checkpoints.
 */
/** A FIFO of pool indices: an array and a head position, compacted as it drains. */
export interface Fifo {
  items: number[];
  head: number;
}

export function fifoPush(f: Fifo, v: number): void {
  f.items.push(v);
}

export function fifoUnshift(f: Fifo, v: number): void {
  if (f.head > 0) f.items[--f.head] = v;
  else f.items.unshift(v);
}

export function fifoSize(f: Fifo): number {
  return f.items.length - f.head;
}

export function fifoShift(f: Fifo): number {
  const v = f.items[f.head++];
  if (f.head === f.items.length) {
    f.items.length = 0;
    f.head = 0;
  } else if (f.head > 1024 && f.head * 2 > f.items.length) {
    f.items.splice(0, f.head);
    f.head = 0;
  }
  return v;
}

export function fifoPeek(f: Fifo): number {
  return f.items[f.head];
}

/** Removes and returns the newest item (the backlog's LIFO order, shedding.ts). */
export function fifoPop(f: Fifo): number {
  const v = f.items.pop() as number;
  if (f.head >= f.items.length) {
    f.items.length = 0;
    f.head = 0;
  }
  return v;
}
