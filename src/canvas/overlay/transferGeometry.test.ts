import { describe, expect, it } from 'vitest';
import type { Transfer } from '../../sim/api';
import { packTransfers } from '../../sim/transferPacking';
import {
  edgeCurve,
  transferPoint as packedPoint,
  pointOnCurve,
  transferProgress as progressOf,
  toScreen,
} from './transferGeometry';

const ends = {
  sourceX: 100,
  sourceY: 50,
  targetX: 300,
  targetY: 150,
  sourcePosition: 'right',
  targetPosition: 'left',
} as const;
const curve = edgeCurve(ends);

function transfer(partial: Partial<Transfer>): Transfer {
  return { edge: 'a-b', from: 'a', to: 'b', kind: 'request', startMs: 1000, endMs: 1030, ...partial };
}

/** The overlay reads transfers packed: these take one transfer and pack it. */
const transferProgress = (t: Transfer, tMs: number) => progressOf(t.startMs, t.endMs, tMs);
const transferPoint = (t: Transfer, c: typeof curve, edgeSource: string, tMs: number) =>
  packedPoint(packTransfers([t]), 0, c, edgeSource, tMs);

describe('transfer geometry', () => {
  it('uses React Flow bezier control points (half the horizontal distance, left to right)', () => {
    expect(curve.p1).toEqual({ x: 200, y: 50 });
    expect(curve.p2).toEqual({ x: 200, y: 150 });
  });

  it('curves backwards with the sqrt offset when the target is left of the source', () => {
    const back = edgeCurve({ ...ends, targetX: 0 });
    expect(back.p1.x).toBeCloseTo(100 + 0.25 * 25 * Math.sqrt(100));
    expect(back.p2.x).toBeCloseTo(0 - 0.25 * 25 * Math.sqrt(100));
  });

  it('starts at the source handle and ends at the target handle', () => {
    expect(pointOnCurve(curve, 0)).toEqual({ x: 100, y: 50 });
    expect(pointOnCurve(curve, 1)).toEqual({ x: 300, y: 150 });
    // Symmetric curve: the middle is the midpoint of the ends.
    expect(pointOnCurve(curve, 0.5)).toEqual({ x: 200, y: 100 });
  });

  it('moves a 30 ms hop over 30 ms of simulated time', () => {
    const t = transfer({});
    expect(transferProgress(t, 999)).toBeNull();
    expect(transferProgress(t, 1000)).toBe(0);
    expect(transferProgress(t, 1015)).toBeCloseTo(0.5);
    expect(transferProgress(t, 1030)).toBe(1);
    expect(transferProgress(t, 1031)).toBeNull();
  });

  it('places a request from the source and a reply from the target, at the same time', () => {
    const request = transferPoint(transfer({}), curve, 'a', 1015);
    const reply = transferPoint(transfer({ kind: 'reply', from: 'b', to: 'a' }), curve, 'a', 1000);
    expect(request).toEqual({ x: 200, y: 100 });
    expect(reply).toEqual({ x: 300, y: 150 });
    expect(transferPoint(transfer({ kind: 'reply', from: 'b', to: 'a' }), curve, 'a', 1030)).toEqual({
      x: 100,
      y: 50,
    });
  });

  it('is a pure function of the transfer and time', () => {
    const t = transfer({ startMs: 0, endMs: 7 });
    for (let ms = 0; ms <= 7; ms += 0.5) {
      expect(transferPoint(t, curve, 'a', ms)).toEqual(transferPoint({ ...t }, edgeCurve(ends), 'a', ms));
    }
  });

  it('ends a zero-length transfer at its destination', () => {
    expect(transferPoint(transfer({ startMs: 5, endMs: 5 }), curve, 'a', 5)).toEqual({ x: 300, y: 150 });
  });

  it('reads the k-th transfer of a packed frame, writing into one reused point', () => {
    const packed = packTransfers([transfer({}), transfer({ kind: 'reply', from: 'b', to: 'a' })]);
    const out = { x: 0, y: 0 };
    expect(packedPoint(packed, 1, curve, 'a', 1000, out)).toBe(out);
    expect(out).toEqual({ x: 300, y: 150 });
    expect(packedPoint(packed, 0, curve, 'a', 1015, out)).toBe(out);
    expect(out).toEqual({ x: 200, y: 100 });
    expect(packedPoint(packed, 0, curve, 'a', 999, out)).toBeNull();
  });

  it('maps flow coordinates through the viewport transform', () => {
    expect(toScreen({ x: 10, y: 20 }, [5, -5, 2])).toEqual({ x: 25, y: 35 });
  });
});
