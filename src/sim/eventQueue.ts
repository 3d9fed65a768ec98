import { grown } from './typedArrays';

/**
 * The future event list: a binary min-heap ordered by (time, sequence number), so events
 * at the same instant run in the order they were scheduled and every run is reproducible.
 * Stored as parallel typed arrays (struct of arrays) rather than objects: pushing and
 * popping allocate nothing, and a checkpoint is a copy of a few arrays.
 *
 * The heap moves only the time it orders by and the `slot` holding the rest of the event:
 * its sequence number and payload (type, a, b), which stay where they were written. A sift
 * then moves two arrays per level instead of five; the sequence number, read only to break
 * a tie in time, is one load further away. `slot` is a permutation of 0..capacity-1 at all
 * times: its positions from `size` on hold the free slots, so a push takes the one at
 * `slot[size]` and a removal hands the root's slot back at the position the heap gives up.
 */
export interface EventQueueData {
  size: number;
  nextSeq: number;
  /**
   * The root was taken (takeEarliest) but not yet removed: the next push overwrites it and
   * sifts down once, instead of a removal's sift-down plus the push's sift-up. Always false
   * between two events (settleEarliest), so checkpoints never see it set.
   */
  rootTaken: boolean;
  /**
   * The time of the event being pushed (pushIncoming), written by the caller just before.
   * A double passed to a function V8 does not inline is boxed (a heap allocation per event);
   * written into this field it is stored in place, and the call passes only small integers.
   * Meaningless between two pushes.
   */
  incomingTime: number;
  time: Float64Array;
  /** `time`'s memory as 32-bit words: the event log hash reads the earliest time's bits here. */
  timeWords: Uint32Array;
  /** Heap position -> slot (see above). */
  slot: Int32Array;
  /** Sequence number by slot, not by heap position. */
  seq: Float64Array;
  /**
   * Payload by slot: the event's type, a and b at `slot * 4` and the next two words (the
   * fourth is unused). One array rather than three: V8 checks an array and loads where its
   * elements are once per access, so a push or a pop pays that once instead of three times.
   * The words are addressed `p | 1` and `p | 2` (p a multiple of 4): the same as `p + 1`, but
   * bitwise, which V8 compiles without an overflow check.
   */
  payload: Int32Array;
}

/** 0, 1, …, n-1: every slot free, in order. */
function identitySlots(n: number): Int32Array {
  const slot = new Int32Array(n);
  for (let i = 0; i < n; i++) slot[i] = i;
  return slot;
}

/** An empty queue with room for `capacity` events before it grows. */
export function createEventQueue(capacity = 1024): EventQueueData {
  const time = new Float64Array(capacity);
  return {
    size: 0,
    nextSeq: 0,
    rootTaken: false,
    // A double from the start, so the field's representation never changes.
    incomingTime: Number.NEGATIVE_INFINITY,
    time,
    timeWords: new Uint32Array(time.buffer),
    seq: new Float64Array(capacity),
    slot: identitySlots(capacity),
    payload: new Int32Array(capacity * 4),
  };
}

function grow(q: EventQueueData): void {
  const cap = q.time.length;
  const n = cap * 2;
  q.time = grown(q.time, n);
  q.timeWords = new Uint32Array(q.time.buffer);
  q.seq = grown(q.seq, n);
  // The heap is full, so slots 0..cap-1 are all in use: the new ones are free.
  const slot = grown(q.slot, n);
  for (let i = cap; i < n; i++) slot[i] = i;
  q.slot = slot;
  q.payload = grown(q.payload, n * 4);
}

/** Schedules an event of `type` about entity `a` (with generation or detail `b`) at time `t`. */
export function pushEvent(q: EventQueueData, t: number, type: number, a: number, b: number): void {
  q.incomingTime = t;
  pushIncoming(q, type, a, b, q.nextSeq++);
}

/**
 * Schedules an event with an explicit sequence number. A negative one runs before every
 * ordinary event at the same instant (fault starts, so a fault injected live replays in
 * the same order as the same fault written in the timeline).
 */
export function pushEventWithSeq(
  q: EventQueueData,
  t: number,
  type: number,
  a: number,
  b: number,
  seq: number,
): void {
  q.incomingTime = t;
  pushIncoming(q, type, a, b, seq);
}

/**
 * Schedules an event at time `q.incomingTime` (see there why the time travels in the queue
 * rather than as an argument), of `type` about `a` (with `b`), with sequence number `seq`.
 */
export function pushIncoming(q: EventQueueData, type: number, a: number, b: number, seq: number): void {
  const t = q.incomingTime;
  // `| 0` changes nothing (the Int32Array stores below convert the same way) but tells V8
  // the arguments are small integers: when this runs as a call of its own, each is then
  // untagged with one check instead of a round trip through a double.
  const ty = type | 0;
  const ea = a | 0;
  const eb = b | 0;
  // `=== true` compares one word; a bare truth test of a field V8 has no type for also
  // checks for 0, "", NaN and the rest on every push (the same in settleEarliest).
  if (q.rootTaken === true) {
    // The event being run leaves the root free: the new one takes its place (see rootTaken).
    q.rootTaken = false;
    const root = q.slot[0];
    q.seq[root] = seq;
    const payload = q.payload;
    const p = root << 2;
    payload[p] = ty;
    payload[p | 1] = ea;
    payload[p | 2] = eb;
    siftDown(q, q.size, t, seq, root);
    return;
  }
  if (q.size === q.time.length) grow(q);
  const time = q.time;
  const seqs = q.seq;
  const slots = q.slot;
  // Sift the hole up, moving parents down, then write once.
  let i = q.size++;
  const free = slots[i];
  seqs[free] = seq;
  const payload = q.payload;
  const at = free << 2;
  payload[at] = ty;
  payload[at | 1] = ea;
  payload[at | 2] = eb;
  while (i > 0) {
    const p = (i - 1) >> 1;
    const pt = time[p];
    if (pt < t || (pt === t && seqs[slots[p]] < seq)) break;
    time[i] = pt;
    slots[i] = slots[p];
    i = p;
  }
  time[i] = t;
  slots[i] = free;
}

/** The popped event; one shared object, read it before the next pop. */
export interface PoppedEvent {
  time: number;
  type: number;
  a: number;
  b: number;
}

/** Removes the earliest event into `out`. The queue must not be empty. */
export function popEvent(q: EventQueueData, out: PoppedEvent): void {
  takeEarliest(q, out);
  settleEarliest(q);
}

/**
 * Reads the earliest event into `out` and leaves its slot for the next push to reuse; call
 * settleEarliest before anything else reads the queue. The queue must not be empty. The
 * engine runs the event between the two: most events schedule at least one more, and a
 * push into the root's slot costs one sift-down where pop-then-push costs a sift-down and
 * a sift-up. The order is unchanged: it is fixed by (time, sequence number) alone. The
 * engine's loop (engine.ts runUntil) does the same in place, reading the root into locals.
 */
export function takeEarliest(q: EventQueueData, out: PoppedEvent): void {
  const root = q.slot[0];
  out.time = q.time[0];
  const p = root << 2;
  out.type = q.payload[p];
  out.a = q.payload[p | 1];
  out.b = q.payload[p | 2];
  q.rootTaken = true;
}

/** Removes the event takeEarliest read, unless a push already replaced it. */
export function settleEarliest(q: EventQueueData): void {
  if (q.rootTaken === false) return;
  q.rootTaken = false;
  const n = --q.size;
  if (n === 0) return;
  // The last entry moves to the root; the root's slot becomes free at position n.
  const slots = q.slot;
  const last = slots[n];
  slots[n] = slots[0];
  siftDown(q, n, q.time[n], q.seq[last], last);
}

/**
 * Places time `t` with slot `sl` (sequence number `s`, already in the slot) at the root of
 * the first `n` entries and sifts it down.
 */
function siftDown(q: EventQueueData, n: number, t: number, s: number, sl: number): void {
  const time = q.time;
  const seqs = q.seq;
  const slots = q.slot;
  let i = 0;
  const half = n >> 1;
  while (i < half) {
    // Bitwise index arithmetic, which V8 compiles without overflow checks; each time read
    // once into a local, since V8 reloads (and re-checks) an array element read again
    // after a branch.
    let c = (i << 1) | 1;
    let ct = time[c];
    const r = (c + 1) | 0;
    if (r < n) {
      const rt = time[r];
      if (rt < ct || (rt === ct && seqs[slots[r]] < seqs[slots[c]])) {
        c = r;
        ct = rt;
      }
    }
    if (t < ct || (t === ct && s < seqs[slots[c]])) break;
    time[i] = ct;
    slots[i] = slots[c];
    i = c;
  }
  time[i] = t;
  slots[i] = sl;
}

/** Time of the earliest event, or +Infinity when there is none. */
export function peekTime(q: EventQueueData): number {
  return q.size > 0 ? q.time[0] : Number.POSITIVE_INFINITY;
}

/**
 * The queue as a checkpoint keeps it: its entries only, not the spare capacity it grew to
 * (a 15-event heap in arrays of 1,024 was most of a small diagram's checkpoint), each
 * entry's payload in the slot of its heap position.
 */
export function queueSnapshot(q: EventQueueData): EventQueueData {
  const n = q.size;
  const time = q.time.slice(0, n);
  const seq = new Float64Array(n);
  const payload = new Int32Array(n * 4);
  for (let i = 0; i < n; i++) {
    const sl = q.slot[i];
    seq[i] = q.seq[sl];
    payload.set(q.payload.subarray(sl * 4, sl * 4 + 4), i * 4);
  }
  return {
    size: n,
    nextSeq: q.nextSeq,
    rootTaken: q.rootTaken,
    incomingTime: Number.NEGATIVE_INFINITY,
    time,
    timeWords: new Uint32Array(time.buffer),
    slot: identitySlots(n),
    seq,
    payload,
  };
}

/** A queue to run from a snapshot (queueSnapshot): the same entries, with room to grow. */
export function queueFromSnapshot(snapshot: EventQueueData): EventQueueData {
  let capacity = 1024;
  while (capacity < snapshot.size) capacity *= 2;
  const q = createEventQueue(capacity);
  q.size = snapshot.size;
  q.nextSeq = snapshot.nextSeq;
  q.rootTaken = snapshot.rootTaken;
  q.time.set(snapshot.time.subarray(0, snapshot.size));
  // Slots stay the identity: entry i's sequence number and payload go to slot i.
  for (let i = 0; i < snapshot.size; i++) {
    const sl = snapshot.slot[i];
    q.seq[i] = snapshot.seq[sl];
    q.payload.set(snapshot.payload.subarray(sl * 4, sl * 4 + 4), i * 4);
  }
  return q;
}
