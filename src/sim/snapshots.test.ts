import { describe, expect, it } from 'vitest';
import { parseDocument } from '../model';
import {
  createLine,
  type LineEntry,
  lineFromSnapshot,
  lineSnapshot,
  pushOnLine,
  takeHead,
} from './delayLines';
import {
  createEventQueue,
  type EventQueueData,
  type PoppedEvent,
  popEvent,
  pushEvent,
  queueFromSnapshot,
  queueSnapshot,
} from './eventQueue';
import { EV_CALL_ARRIVE } from './events';
import { createSimulation } from './simulation';
import { createPools } from './state';

/** Every event of `q`, earliest first (empties it). */
function drain(q: EventQueueData): [number, number, number, number][] {
  const out: PoppedEvent = { time: 0, type: 0, a: 0, b: 0 };
  const all: [number, number, number, number][] = [];
  while (q.size > 0) {
    popEvent(q, out);
    all.push([out.time, out.type, out.a, out.b]);
  }
  return all;
}

describe('checkpoint snapshots of the event heap and the delay lines', () => {
  it('keep a heap’s entries, not its capacity, and run on exactly as the original', () => {
    const q = createEventQueue(4);
    for (let i = 0; i < 3000; i++) pushEvent(q, (i * 7919) % 1000, 1, i, 0);
    const out: PoppedEvent = { time: 0, type: 0, a: 0, b: 0 };
    for (let i = 0; i < 2990; i++) popEvent(q, out);
    const snapshot = queueSnapshot(q);
    expect(snapshot.time.length).toBe(10);
    const restored = queueFromSnapshot(snapshot);
    // Both grow past the snapshot's size the same way.
    for (const target of [q, restored]) for (let i = 0; i < 50; i++) pushEvent(target, 990 + i, 2, i, 1);
    expect(drain(restored)).toEqual(drain(q));
    // The snapshot is a copy: restoring it twice gives the same queue.
    expect(drain(queueFromSnapshot(snapshot))).toEqual(
      drain(queueFromSnapshot(queueSnapshot(queueFromSnapshot(snapshot)))),
    );
  });

  it('keep a wrapped line’s entries in order from its head, and take them back in a power-of-two ring', () => {
    const heap = createEventQueue();
    const lines = [createLine()];
    const pools = createPools();
    const entry: LineEntry = { type: 0, a: 0, b: 0 };
    // Fill past 16 slots, take most, push more: the ring wraps around.
    for (let i = 0; i < 20; i++) pushOnLine(heap, lines, 0, 100 + i, EV_CALL_ARRIVE, 0, i);
    for (let i = 0; i < 15; i++) takeHead(heap, lines, 0, entry, pools);
    for (let i = 20; i < 40; i++) pushOnLine(heap, lines, 0, 100 + i, EV_CALL_ARRIVE, 0, i);
    const snapshot = lineSnapshot(lines[0]);
    expect(snapshot.size).toBe(25);
    expect(snapshot.time.length).toBe(25);
    const bOf = (payload: Int32Array, n: number) => Array.from({ length: n }, (_, i) => payload[i * 4 + 2]);
    expect(bOf(snapshot.payload, 25)).toEqual(Array.from({ length: 25 }, (_, i) => i + 15));
    const restored = lineFromSnapshot(snapshot);
    expect(restored.time.length).toBe(32);
    expect(bOf(restored.payload, 25)).toEqual(bOf(snapshot.payload, 25));
    expect(lineFromSnapshot(lineSnapshot(createLine())).time.length).toBe(0);
  });

  it('make a checkpoint of a busy run small, and a restored run end as the original', () => {
    const parsed = parseDocument({
      version: 3,
      title: 'one busy service',
      nodes: [
        { id: 'client', kind: 'client', label: 'client', position: { x: 0, y: 0 }, rate: 1000 },
        { id: 'service', kind: 'service', label: 'service', position: { x: 300, y: 0 }, workers: 20 },
      ],
      edges: [{ id: 'calls', kind: 'rpc', source: 'client', target: 'service', timeoutMs: 2000 }],
      scenario: { durationS: 20, seed: 4 },
    });
    if (!parsed.ok) throw new Error('invalid document');
    const sim = createSimulation(parsed.doc, { trackTransfers: true });
    sim.runUntil(10_000);
    const checkpoint = sim.checkpoint();
    const state = checkpoint.state as {
      queue: EventQueueData;
      lines: { time: Float64Array; size: number }[];
    };
    expect(state.queue.time.length).toBe(state.queue.size);
    for (const line of state.lines) expect(line.time.length).toBe(line.size);
    sim.runToEnd();
    const original = sim.report();
    sim.restore(checkpoint);
    sim.runToEnd();
    expect(sim.report()).toEqual(original);
  });
});
