/**
 * Delay lines: most events happen a *constant* delay after they are scheduled — a hop over
 * an edge (its latency), a call's timeout, a queue's ack timeout or time-to-live. Events of
 * one such line are therefore due in the order they were scheduled, so they wait in a FIFO
 * and only the head of each line sits in the heap. The heap stays small (lines plus work in
 * progress instead of every message on every wire), and a timeout whose call has already
 * ended is dropped as soon as it reaches the head, without ever entering the heap.
 * The global order is unchanged: each entry keeps its own (time, sequence number).
 */
import { type EventQueueData, pushIncoming } from './eventQueue';
import { EV_LINE, type EventType } from './events';
import { lineEntryStale, mayDropUnseen } from './staleness';
import type { Pools } from './state';

export interface DelayLine {
  head: number;
  size: number;
  inHeap: boolean;
  /**
   * Whether the line's entries may be dropped unseen once stale (staleness.ts mayDropUnseen),
   * set from the entry that made the line non-empty: takeHead scans for stale entries only
   * then, without reading the subject of a hop that is never dropped.
   */
  dropsStale: boolean;
  /** Due time of the last entry: a later entry due earlier cannot join the line. */
  last: number;
  time: Float64Array;
  seq: Float64Array;
  /**
   * Entry i's type, a and b at `i * 4` and the next two words (the fourth unused): one array
   * rather than three, as the event heap's payload (eventQueue.ts, which says why).
   */
  payload: Int32Array;
}

export function createLine(): DelayLine {
  return {
    head: 0,
    size: 0,
    inHeap: false,
    dropsStale: false,
    last: Number.NEGATIVE_INFINITY,
    time: new Float64Array(0),
    seq: new Float64Array(0),
    payload: new Int32Array(0),
  };
}

function grow(line: DelayLine): void {
  const cap = line.time.length;
  const n = cap === 0 ? 16 : cap * 2;
  const time = new Float64Array(n);
  const seq = new Float64Array(n);
  const payload = new Int32Array(n * 4);
  // Unroll the ring so the head is at 0.
  for (let i = 0; i < line.size; i++) {
    const j = (line.head + i) & (cap - 1);
    time[i] = line.time[j];
    seq[i] = line.seq[j];
    payload.set(line.payload.subarray(j * 4, j * 4 + 4), i * 4);
  }
  line.time = time;
  line.seq = seq;
  line.payload = payload;
  line.head = 0;
}

/**
 * Schedules (t, type, a, b) on `line`, or straight into the heap when it would be due before
 * the line's last entry.
 */
export function pushOnLine(
  q: EventQueueData,
  lines: DelayLine[],
  index: number,
  t: number,
  type: EventType,
  a: number,
  b: number,
): void {
  q.incomingTime = t;
  pushIncomingOnLine(q, lines, index, type, a, b);
}

/**
 * pushOnLine with the time in `q.incomingTime` (eventQueue.ts: a double passed to a call V8
 * does not inline is boxed; there it is not).
 */
export function pushIncomingOnLine(
  q: EventQueueData,
  lines: DelayLine[],
  index: number,
  type: number,
  a: number,
  b: number,
): void {
  const t = q.incomingTime;
  const line = lines[index];
  const seq = q.nextSeq++;
  if (t < line.last) {
    pushIncoming(q, type, a, b, seq);
    return;
  }
  if (line.size === line.time.length) grow(line);
  const i = (line.head + line.size) & (line.time.length - 1);
  line.time[i] = t;
  line.seq[i] = seq;
  // `| 0` as in pushIncoming: the values are small integers, so said.
  const payload = line.payload;
  const p = i << 2;
  payload[p] = type | 0;
  payload[p | 1] = a | 0;
  payload[p | 2] = b | 0;
  line.size++;
  line.last = t;
  if (line.inHeap === false) {
    line.inHeap = true;
    line.dropsStale = mayDropUnseen(type);
    // The line's head is this entry: its time is still in q.incomingTime.
    pushIncoming(q, EV_LINE, index, 0, seq);
  }
}

/** The head entry, removed from its line; read it before the next call. */
export interface LineEntry {
  type: number;
  a: number;
  b: number;
}

/** Whether the entry at `h` of a line's payload is stale (staleness.ts lineEntryStale). */
function entryStale(pools: Pools, payload: Int32Array, h: number): boolean {
  const p = h << 2;
  return lineEntryStale(pools, payload[p], payload[p | 1], payload[p | 2]);
}

/**
 * Takes the due head of line `index` into `out`, then puts the next live head in the heap.
 * Entries behind it that `pools` show to be stale (an ended call's timeout) are dropped unseen.
 */
export function takeHead(
  q: EventQueueData,
  lines: DelayLine[],
  index: number,
  out: LineEntry,
  pools: Pools,
): void {
  const line = lines[index];
  const mask = line.time.length - 1;
  const payload = line.payload;
  let h = line.head;
  const p = h << 2;
  out.type = payload[p];
  out.a = payload[p | 1];
  out.b = payload[p | 2];
  h = (h + 1) & mask;
  let size = line.size - 1;
  if (line.dropsStale === true) {
    while (size > 0 && entryStale(pools, payload, h)) {
      h = (h + 1) & mask;
      size--;
    }
  }
  line.head = h;
  line.size = size;
  if (size > 0) {
    q.incomingTime = line.time[h];
    pushIncoming(q, EV_LINE, index, 0, line.seq[h]);
  } else {
    line.inHeap = false;
    line.head = 0;
  }
}

/**
 * The line as a checkpoint keeps it: its waiting entries in order from index 0, not its ring
 * buffer's spare capacity (a busy edge's timeout line holds a ring of thousands of slots).
 */
export function lineSnapshot(line: DelayLine): DelayLine {
  const n = line.size;
  const mask = line.time.length - 1;
  const snapshot: DelayLine = {
    head: 0,
    size: n,
    inHeap: line.inHeap,
    dropsStale: line.dropsStale,
    last: line.last,
    time: new Float64Array(n),
    seq: new Float64Array(n),
    payload: new Int32Array(n * 4),
  };
  for (let i = 0; i < n; i++) {
    const j = (line.head + i) & mask;
    snapshot.time[i] = line.time[j];
    snapshot.seq[i] = line.seq[j];
    snapshot.payload.set(line.payload.subarray(j * 4, j * 4 + 4), i * 4);
  }
  return snapshot;
}

/** A line to run from a snapshot (lineSnapshot): the same entries in a ring with a power-of-two size. */
export function lineFromSnapshot(snapshot: DelayLine): DelayLine {
  const n = snapshot.size;
  let capacity = n === 0 ? 0 : 16;
  while (capacity < n) capacity *= 2;
  const line: DelayLine = {
    head: 0,
    size: n,
    inHeap: snapshot.inHeap,
    dropsStale: snapshot.dropsStale,
    last: snapshot.last,
    time: new Float64Array(capacity),
    seq: new Float64Array(capacity),
    payload: new Int32Array(capacity * 4),
  };
  line.time.set(snapshot.time.subarray(0, n));
  line.seq.set(snapshot.seq.subarray(0, n));
  line.payload.set(snapshot.payload.subarray(0, n * 4));
  return line;
}
