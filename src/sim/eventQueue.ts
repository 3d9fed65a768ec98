import { grown } from './typedArrays';

/**
 * The future event list: a binary min-heap ordered by (time, sequence number), so events
 * at the same instant run in the order they were scheduled and every run is reproducible.
 * Stored as parallel typed arrays (struct of arrays) rather than objects: pushing and
 * popping allocate nothing, and a checkpoint is a copy of five arrays.
 */
export interface EventQueueData {
  size: number;
  nextSeq: number;
  time: Float64Array;
  seq: Float64Array;
  type: Int32Array;
  a: Int32Array;
  b: Int32Array;
}

export function createEventQueue(capacity = 1024): EventQueueData {
  return {
    size: 0,
    nextSeq: 0,
    time: new Float64Array(capacity),
    seq: new Float64Array(capacity),
    type: new Int32Array(capacity),
    a: new Int32Array(capacity),
    b: new Int32Array(capacity),
  };
}

function grow(q: EventQueueData): void {
  const n = q.time.length * 2;
  q.time = grown(q.time, n);
  q.seq = grown(q.seq, n);
  q.type = grown(q.type, n);
  q.a = grown(q.a, n);
  q.b = grown(q.b, n);
}

/** Schedules an event of `type` about entity `a` (with generation or detail `b`) at time `t`. */
export function pushEvent(q: EventQueueData, t: number, type: number, a: number, b: number): void {
  pushEventWithSeq(q, t, type, a, b, q.nextSeq++);
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
  if (q.size === q.time.length) grow(q);
  const time = q.time;
  const seqs = q.seq;
  // Sift the hole up, moving parents down, then write once.
  let i = q.size++;
  while (i > 0) {
    const p = (i - 1) >> 1;
    const pt = time[p];
    if (pt < t || (pt === t && seqs[p] < seq)) break;
    time[i] = pt;
    seqs[i] = seqs[p];
    q.type[i] = q.type[p];
    q.a[i] = q.a[p];
    q.b[i] = q.b[p];
    i = p;
  }
  time[i] = t;
  seqs[i] = seq;
  q.type[i] = type;
  q.a[i] = a;
  q.b[i] = b;
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
  const time = q.time;
  const seqs = q.seq;
  const types = q.type;
  const as = q.a;
  const bs = q.b;
  out.time = time[0];
  out.type = types[0];
  out.a = as[0];
  out.b = bs[0];
  const n = --q.size;
  if (n === 0) return;
  const t = time[n];
  const s = seqs[n];
  const ty = types[n];
  const a = as[n];
  const b = bs[n];
  let i = 0;
  const half = n >> 1;
  while (i < half) {
    let c = 2 * i + 1;
    const r = c + 1;
    if (r < n && (time[r] < time[c] || (time[r] === time[c] && seqs[r] < seqs[c]))) c = r;
    const ct = time[c];
    if (t < ct || (t === ct && s < seqs[c])) break;
    time[i] = ct;
    seqs[i] = seqs[c];
    types[i] = types[c];
    as[i] = as[c];
    bs[i] = bs[c];
    i = c;
  }
  time[i] = t;
  seqs[i] = s;
  types[i] = ty;
  as[i] = a;
  bs[i] = b;
}

/** Time of the earliest event, or +Infinity when there is none. */
export function peekTime(q: EventQueueData): number {
  return q.size > 0 ? q.time[0] : Number.POSITIVE_INFINITY;
}
