import { describe, expect, it } from 'vitest';
import { describeBand } from './BandChart';

const band = {
  x: [0, 1, 2],
  min: [90, 80, null],
  p10: [91, 82, null],
  median: [95, 85, null],
  p90: [97, 88, null],
  max: [99, 90, null],
};

describe('describeBand', () => {
  it('says the last measured point with its median and both bands, and the mark', () => {
    expect(describeBand({ title: 'api success (%)', unit: '%', band, runs: 20, xLabel: 's' })).toBe(
      'api success (%) across 20 runs at 1 s: median 85.0 %, p10–p90 band 82.0 % to 88.0 %, min–max band 80.0 % to 90.0 %',
    );
    expect(
      describeBand({
        title: 'p99',
        unit: 'ms',
        band,
        runs: 3,
        markLabel: 'tipping point marked between 1 and 2',
      }),
    ).toMatch(/^p99 across 3 runs at 1: median 85 ms, .*; tipping point marked between 1 and 2$/);
  });

  it('says there is no data when no run measured anything', () => {
    const empty = { x: [0], min: [null], p10: [null], median: [null], p90: [null], max: [null] };
    expect(describeBand({ title: 'p99', unit: 'ms', band: empty, runs: 3 })).toBe('p99: no data');
  });
});
