/**
 * A bare binary min-heap of (time, sequence) keys in typed arrays: the floor under any
 * event queue. The benchmark runs it alone to tell how much of the engine's time is the
 * heap and how much is everything else.
 */
export class EventHeap {
  private time: Float64Array;
  private seq: Float64Array;
  private payload: Int32Array;
  size = 0;

  constructor(capacity: number) {
    this.time = new Float64Array(capacity);
    this.seq = new Float64Array(capacity);
    this.payload = new Int32Array(capacity);
  }

  private less(a: number, b: number): boolean {
    const ta = this.time[a];
    const tb = this.time[b];
    return ta < tb || (ta === tb && this.seq[a] < this.seq[b]);
  }

  private swap(a: number, b: number): void {
    const t = this.time[a];
    this.time[a] = this.time[b];
    this.time[b] = t;
    const s = this.seq[a];
    this.seq[a] = this.seq[b];
    this.seq[b] = s;
    const p = this.payload[a];
    this.payload[a] = this.payload[b];
    this.payload[b] = p;
  }

  push(time: number, seq: number, payload: number): void {
    let i = this.size++;
    this.time[i] = time;
    this.seq[i] = seq;
    this.payload[i] = payload;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.less(i, parent)) break;
      this.swap(i, parent);
      i = parent;
    }
  }

  /** Time of the earliest entry (call only when size > 0). */
  peekTime(): number {
    return this.time[0];
  }

  /** Removes the earliest entry and returns its payload. */
  pop(): number {
    const top = this.payload[0];
    const last = --this.size;
    if (last > 0) {
      this.time[0] = this.time[last];
      this.seq[0] = this.seq[last];
      this.payload[0] = this.payload[last];
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        if (l >= last) break;
        const r = l + 1;
        const child = r < last && this.less(r, l) ? r : l;
        if (!this.less(child, i)) break;
        this.swap(child, i);
        i = child;
      }
    }
    return top;
  }
}

/**
 * Pops and pushes `operations` events through a heap holding `resident` of them, each new
 * event scheduled a pseudo-random delay after the one popped (like a simulation loop).
 * Returns a checksum so the work cannot be optimised away.
 */
export function heapLoop(operations: number, resident: number): number {
  const heap = new EventHeap(resident + 1);
  let state = 0x9e3779b9;
  const next = () => {
    // xorshift32: cheap and deterministic; the loop measures the heap, not the generator.
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 4294967296;
  };
  let seq = 0;
  for (let i = 0; i < resident; i++) heap.push(next() * 100, seq++, i);
  let checksum = 0;
  for (let i = 0; i < operations; i++) {
    const now = heap.peekTime();
    const payload = heap.pop();
    checksum = (checksum + payload) | 0;
    heap.push(now + next() * 100, seq++, payload);
  }
  return checksum;
}

/**
 * Bare-heap operations per second: `operations` pops and pushes through a heap holding
 * `resident` entries, after a shorter warm-up like the engine's first seconds.
 */
export function heapRate(operations: number, resident: number): number {
  heapLoop(Math.min(operations, 200_000), resident);
  const start = performance.now();
  const checksum = heapLoop(operations, resident);
  const seconds = (performance.now() - start) / 1000;
  if (checksum === 0x7fffffff) console.log(''); // keeps the loop's result alive
  return operations / seconds;
}
