import { describe, expect, it } from 'vitest';
import { differenceText, theoryRows } from './theoryFigures';

const predicted = {
  utilisation: 0.8,
  meanWaitMs: 17.78,
  meanTimeMs: 27.78,
  meanInSystem: 8.889,
  loss: 0,
  waitProbability: 0.71,
};

describe('the Theory table', () => {
  it('shows measured beside predicted with the relative difference', () => {
    const rows = theoryRows(predicted, {
      utilisation: 0.808,
      meanWaitMs: 17.5,
      meanTimeMs: 27.5,
      meanInSystem: 8.889,
      loss: 0.01,
    });
    expect(rows[0]).toEqual({
      figure: 'Utilisation',
      measured: '80.8 %',
      predicted: '80.0 %',
      difference: '+1.0 %',
    });
    expect(rows[1].difference).toBe('−1.6 %');
    expect(rows[3]).toMatchObject({ measured: '8.89', predicted: '8.89', difference: '0.0 %' });
    // A predicted loss of 0 gets the measured loss itself as the difference.
    expect(rows[4]).toMatchObject({ measured: '1.0 %', predicted: '0.0 %', difference: '+1.0 %' });
  });

  it('leaves the measured side empty before the run ends', () => {
    for (const row of theoryRows(predicted, null)) {
      expect(row.measured).toBe('–');
      expect(row.difference).toBe('–');
    }
  });

  it('says 0 when both are 0', () => {
    expect(differenceText(0, 0, String)).toBe('0');
  });
});
