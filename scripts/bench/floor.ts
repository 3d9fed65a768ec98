/**
 * A floor for the engine's speed: the bench's one-service case (1,000 req/s Poisson → 5 ms
 * hop → 20 workers, exponential 10 ms service → 5 ms hop back, 2 s timeouts) simulated with
 * nothing else — no faults, counters, guard rails or features, one latency histogram — but
 * built the way the engine is: one heap of (time, slot) with payloads that stay in their
 * slot, and a delay line per constant delay whose stale timeouts are dropped unseen. What
 * the engine costs above it is the price of everything the engine does besides
 * (docs/performance.md, "How far a floor is"). Plain code for a bench, not part of the app:
 * it uses Math.log where the engine uses its reproducible logarithm.
 */

const ARRIVAL = 1;
const CALL_ARRIVE = 2;
const COMPUTE_DONE = 3;
const REPLY = 4;
const TIMEOUT = 5;
const LINE = 9;
const LINE_SIZE = 1 << 16;
const LINE_MASK = LINE_SIZE - 1;
const CALLS = 1 << 14;
const WORKERS = 20;
const LATENCY_MS = 5;
const TIMEOUT_MS = 2000;
const SERVICE_MEAN_MS = 10;

interface Line {
  time: Float64Array;
  seq: Float64Array;
  payload: Int32Array;
  head: number;
  size: number;
  inHeap: boolean;
}

interface Floor {
  size: number;
  nextSeq: number;
  now: number;
  events: number;
  hash: number;
  busy: number;
  backlogHead: number;
  backlogSize: number;
  freeCalls: number;
  calls: number;
  time: Float64Array;
  slot: Int32Array;
  seq: Float64Array;
  payload: Int32Array;
  lines: Line[];
  callGen: Int32Array;
  callSentAt: Float64Array;
  callFree: Int32Array;
  backlog: Int32Array;
  histogram: Uint32Array;
  rng: Int32Array;
  bits: Float64Array;
  words: Uint32Array;
}

function createLine(): Line {
  return {
    time: new Float64Array(LINE_SIZE),
    seq: new Float64Array(LINE_SIZE),
    payload: new Int32Array(LINE_SIZE * 4),
    head: 0,
    size: 0,
    inHeap: false,
  };
}

function createFloor(): Floor {
  const capacity = 1024;
  const slot = new Int32Array(capacity);
  for (let i = 0; i < capacity; i++) slot[i] = i;
  const bits = new Float64Array(1);
  return {
    size: 0,
    nextSeq: 0,
    now: 0,
    events: 0,
    hash: 0x811c9dc5 | 0,
    busy: 0,
    backlogHead: 0,
    backlogSize: 0,
    freeCalls: 0,
    calls: 0,
    time: new Float64Array(capacity),
    slot,
    seq: new Float64Array(capacity),
    payload: new Int32Array(capacity * 4),
    lines: [createLine(), createLine(), createLine()],
    callGen: new Int32Array(CALLS),
    callSentAt: new Float64Array(CALLS),
    callFree: new Int32Array(CALLS),
    backlog: new Int32Array(CALLS),
    histogram: new Uint32Array(2433),
    rng: new Int32Array([0x9e3779b9 | 0, 0x243f6a88, 0xb7e15162 | 0, 1]),
    bits,
    words: new Uint32Array(bits.buffer),
  };
}

function push(f: Floor, t: number, type: number, a: number, b: number, seq: number): void {
  const { time, slot, seq: seqs } = f;
  let i = f.size++;
  const free = slot[i];
  seqs[free] = seq;
  f.payload[free << 2] = type;
  f.payload[(free << 2) | 1] = a;
  f.payload[(free << 2) | 2] = b;
  while (i > 0) {
    const p = (i - 1) >> 1;
    const pt = time[p];
    if (pt < t || (pt === t && seqs[slot[p]] < seq)) break;
    time[i] = pt;
    slot[i] = slot[p];
    i = p;
  }
  time[i] = t;
  slot[i] = free;
}

function removeRoot(f: Floor): void {
  const { time, slot, seq: seqs } = f;
  const n = --f.size;
  if (n === 0) return;
  const last = slot[n];
  slot[n] = slot[0];
  const t = time[n];
  const s = seqs[last];
  let i = 0;
  while (i < n >> 1) {
    let c = 2 * i + 1;
    const r = c + 1;
    if (r < n && (time[r] < time[c] || (time[r] === time[c] && seqs[slot[r]] < seqs[slot[c]]))) c = r;
    const ct = time[c];
    if (t < ct || (t === ct && s < seqs[slot[c]])) break;
    time[i] = ct;
    slot[i] = slot[c];
    i = c;
  }
  time[i] = t;
  slot[i] = last;
}

function pushOnLine(f: Floor, index: number, t: number, type: number, a: number, b: number): void {
  const line = f.lines[index];
  const seq = f.nextSeq++;
  const i = (line.head + line.size) & LINE_MASK;
  line.time[i] = t;
  line.seq[i] = seq;
  line.payload[i << 2] = type;
  line.payload[(i << 2) | 1] = a;
  line.payload[(i << 2) | 2] = b;
  line.size++;
  if (!line.inHeap) {
    line.inHeap = true;
    push(f, t, LINE, index, 0, seq);
  }
}

/** sfc32, as the engine's generator; a unit draw in (0, 1]. */
function nextUnit(f: Floor): number {
  const r = f.rng;
  let a = r[0];
  let b = r[1];
  let c = r[2];
  let d = r[3];
  const t = (((a + b) | 0) + d) | 0;
  d = (d + 1) | 0;
  a = b ^ (b >>> 9);
  b = (c + (c << 3)) | 0;
  c = (c << 21) | (c >>> 11);
  c = (c + t) | 0;
  r[0] = a;
  r[1] = b;
  r[2] = c;
  r[3] = d;
  return ((t >>> 0) + 1) / 4294967297;
}

function record(f: Floor, latency: number): void {
  f.bits[0] = latency;
  const b = ((f.words[1] & 0x7fffffff) >>> 14) - ((1023 - 10) * 64 - 1);
  f.histogram[b < 0 ? 0 : Math.min(b, 2432)]++;
}

function startCompute(f: Floor, c: number): void {
  f.busy++;
  push(f, f.now - SERVICE_MEAN_MS * Math.log(nextUnit(f)), COMPUTE_DONE, c, f.callGen[c], f.nextSeq++);
}

/** The line's head is due: its entry becomes the event, and the next live one enters the heap. */
function takeHead(f: Floor, index: number, out: Int32Array): void {
  const line = f.lines[index];
  let h = line.head;
  out[0] = line.payload[h << 2];
  out[1] = line.payload[(h << 2) | 1];
  out[2] = line.payload[(h << 2) | 2];
  h = (h + 1) & LINE_MASK;
  let size = line.size - 1;
  while (
    size > 0 &&
    line.payload[h << 2] === TIMEOUT &&
    f.callGen[line.payload[(h << 2) | 1]] !== line.payload[(h << 2) | 2]
  ) {
    h = (h + 1) & LINE_MASK;
    size--;
  }
  line.head = h;
  line.size = size;
  if (size > 0) push(f, line.time[h], LINE, index, 0, line.seq[h]);
  else {
    line.inHeap = false;
    line.head = 0;
  }
}

function dispatch(f: Floor, type: number, c: number, gen: number): void {
  switch (type) {
    case ARRIVAL: {
      push(f, f.now - Math.log(nextUnit(f)), ARRIVAL, 0, 0, f.nextSeq++);
      const call = f.freeCalls > 0 ? f.callFree[--f.freeCalls] : f.calls++;
      f.callSentAt[call] = f.now;
      pushOnLine(f, 2, f.now + TIMEOUT_MS, TIMEOUT, call, f.callGen[call]);
      pushOnLine(f, 0, f.now + LATENCY_MS, CALL_ARRIVE, call, f.callGen[call]);
      return;
    }
    case CALL_ARRIVE:
      if (f.callGen[c] !== gen) return;
      if (f.busy < WORKERS) startCompute(f, c);
      else f.backlog[(f.backlogHead + f.backlogSize++) & (CALLS - 1)] = c;
      return;
    case COMPUTE_DONE:
      f.busy--;
      if (f.backlogSize > 0) {
        const next = f.backlog[f.backlogHead];
        f.backlogHead = (f.backlogHead + 1) & (CALLS - 1);
        f.backlogSize--;
        startCompute(f, next);
      }
      pushOnLine(f, 1, f.now + LATENCY_MS, REPLY, c, f.callGen[c]);
      return;
    case REPLY:
      if (f.callGen[c] !== gen) return;
      record(f, f.now - f.callSentAt[c]);
      f.callGen[c]++;
      f.callFree[f.freeCalls++] = c;
      return;
    case TIMEOUT:
      if (f.callGen[c] === gen) f.callGen[c]++;
      return;
  }
}

/** Simulates `seconds` of the case; returns how many events ran. */
export function runFloor(seconds: number): number {
  const f = createFloor();
  const endMs = seconds * 1000;
  const entry = new Int32Array(3);
  push(f, -Math.log(nextUnit(f)), ARRIVAL, 0, 0, f.nextSeq++);
  while (f.size > 0 && f.time[0] <= endMs) {
    const t = f.time[0];
    const p = f.slot[0] << 2;
    let type = f.payload[p];
    let a = f.payload[p | 1];
    let b = f.payload[p | 2];
    removeRoot(f);
    if (type === LINE) {
      takeHead(f, a, entry);
      type = entry[0];
      a = entry[1];
      b = entry[2];
    }
    f.now = t;
    f.events++;
    f.hash = Math.imul(Math.imul(f.hash ^ type, 0x01000193) ^ a, 0x01000193);
    dispatch(f, type, a, b);
  }
  return f.events;
}
