import { describe, expect, it } from 'vitest';
import { overlayIntervalMs } from './overlayRate';

describe('overlayIntervalMs', () => {
  it('redraws small diagrams every frame and large ones less often, never less than ~15 a second', () => {
    expect(overlayIntervalMs(3)).toBe(0);
    expect(overlayIntervalMs(300)).toBe(0);
    expect(overlayIntervalMs(450)).toBe(33);
    expect(overlayIntervalMs(1202)).toBe(66);
    expect(overlayIntervalMs(2500)).toBe(66);
  });
});
