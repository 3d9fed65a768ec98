import { describe, expect, it } from 'vitest';
import { axisSize, MIN_AXIS_SIZE, TICKS_AND_GAP } from './axisSize';

/** A monospaced measure: 7 px a character. */
const measure = (text: string) => text.length * 7;

describe('axisSize', () => {
  it('makes room for the widest label', () => {
    expect(axisSize(['0', '1,000', '2,000', '12,500'], measure)).toBe(6 * 7 + TICKS_AND_GAP);
  });

  it('never goes below the least width, even with no labels yet', () => {
    expect(axisSize(['1', '2'], measure)).toBe(MIN_AXIS_SIZE);
    expect(axisSize(null, measure)).toBe(MIN_AXIS_SIZE);
  });
});
