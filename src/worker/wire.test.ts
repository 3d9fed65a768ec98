import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Transfer } from '../sim/api';
import { createSimulation } from '../sim/index';
import type { FromWorker } from '../sim/protocol';
import { packedCount, packTransfers, TRANSFER_KINDS, unpackTransfers } from '../sim/transferPacking';
import { clientService } from '../testing/testDocs';
import { fromWire, toWire } from './wire';

const transfer: fc.Arbitrary<Transfer> = fc.record({
  edge: fc.string({ maxLength: 12 }),
  from: fc.string({ maxLength: 12 }),
  to: fc.string({ maxLength: 12 }),
  kind: fc.constantFrom(...TRANSFER_KINDS),
  startMs: fc.double({ min: 0, max: 86_400_000, noNaN: true }),
  endMs: fc.double({ min: 0, max: 86_400_000, noNaN: true }),
});

describe('packed transfers', () => {
  it('round-trip exactly, in order', () => {
    fc.assert(
      fc.property(fc.array(transfer, { maxLength: 200 }), (transfers) => {
        const packed = packTransfers(transfers);
        expect(packedCount(packed)).toBe(transfers.length);
        expect(unpackTransfers(packed)).toEqual(transfers);
      }),
    );
  });

  it('name each id once (kinds travel as their code)', () => {
    const t = { edge: 'a-b', from: 'a', to: 'b', kind: 'request' as const, startMs: 0, endMs: 30 };
    const packed = packTransfers([t, { ...t, startMs: 5 }, { ...t, from: 'b', to: 'a', kind: 'reply' }]);
    expect(packed.names).toEqual(['a-b', 'a', 'b']);
    expect(unpackTransfers(packed).map((x) => x.kind)).toEqual(['request', 'request', 'reply']);
  });
});

describe('wire messages', () => {
  it('carry an engine frame across unchanged, and leave other messages alone', () => {
    const sim = createSimulation(
      clientService(
        { rate: 200 },
        { serviceTime: { distribution: 'constant', meanMs: 20 } },
        { latencyMs: 30 },
      ),
    );
    sim.runUntil(2500);
    const frame = sim.frame(2000, 500);
    expect(packedCount(frame.transfers)).toBeGreaterThan(0);
    const progress = { tMs: 2500, endMs: sim.endMs(), playing: true, speed: 1 } as never;
    const message: FromWorker = { type: 'frame', frame, sinceMs: 2000, progress };
    const { wire, transfer } = toWire(message);
    expect(wire.type).toBe('packedFrame');
    expect(transfer).toHaveLength(1);
    // As postMessage would deliver it.
    expect(fromWire(structuredClone(wire))).toEqual(message);
    const error: FromWorker = { type: 'error', message: 'x' };
    expect(toWire(error)).toEqual({ wire: error, transfer: [] });
    expect(fromWire(error)).toBe(error);
  });
});
