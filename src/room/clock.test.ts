import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clockSimMs, DRIFT_TOLERANCE_MS, driftMs, estimateOffset, sampleOffset } from './clock';

describe('the room clock', () => {
  it('extrapolates a playing clock from the server time and holds a paused one', () => {
    const clock = { simMs: 1_000, playing: true, speed: 2, wallMs: 50_000 };
    expect(clockSimMs(clock, 50_500)).toBe(2_000);
    expect(clockSimMs({ ...clock, playing: false }, 99_000)).toBe(1_000);
    // A follower whose estimate is slightly behind the write never goes back in time.
    expect(clockSimMs(clock, 49_000)).toBe(1_000);
  });

  it('measures drift in wall time, so a fast run tolerates more simulated time', () => {
    const clock = { simMs: 0, playing: true, speed: 10, wallMs: 0 };
    expect(driftMs(clock, 1_000, 10_000 + 2_000)).toBe(200);
    expect(Math.abs(driftMs(clock, 1_000, 10_000 + 3_000))).toBeGreaterThan(DRIFT_TOLERANCE_MS);
  });

  it('recovers a symmetric offset exactly from one ping', () => {
    expect(sampleOffset({ clientSentMs: 1_000, serverMs: 5_050, clientReceivedMs: 1_100 })).toEqual({
      offsetMs: 4_000,
      rttMs: 100,
    });
    expect(estimateOffset([])).toBeNull();
  });

  it('stays within a quarter second of the true offset whatever the lopsided delays, given one quick round trip', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1e9, max: 1e9 }),
        fc.array(fc.tuple(fc.integer({ min: 0, max: 3_000 }), fc.integer({ min: 0, max: 3_000 })), {
          minLength: 1,
          maxLength: 8,
        }),
        fc.integer({ min: 0, max: 60 }),
        (trueOffset, slowTrips, quick) => {
          // Three quick round trips (under 200 ms) among slow, lopsided ones.
          const trips = [...slowTrips, [quick, quick + 20], [quick + 10, quick], [quick, quick]];
          let t = 10_000;
          const samples = trips.map(([up, down]) => {
            const clientSentMs = t;
            const serverMs = t + up + trueOffset;
            t += up + down + 1;
            return { clientSentMs, serverMs, clientReceivedMs: clientSentMs + up + down };
          });
          const estimate = estimateOffset(samples)!;
          expect(Math.abs(estimate.offsetMs - trueOffset)).toBeLessThan(DRIFT_TOLERANCE_MS);
        },
      ),
    );
  });
});
