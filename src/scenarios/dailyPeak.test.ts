/**
 * The claim of "The daily peak" (docs/scenarios.md), checked through the engine for the
 * scenario's own seed and two others.
 */
import { describe, expect, it } from 'vitest';
import { failedShare, runScenario } from './scenarioRuns';

describe.each([undefined, 7, 42])('daily-peak (seed %s)', (seed) => {
  const r = runScenario('daily-peak', seed);
  const share = (client: string) => {
    const c = r.clients[client];
    return c.failed / (c.failed + c.ok);
  };

  it('the fleet sized for the mean copes in the morning and fails at the peak', () => {
    expect(failedShare(r, 'mean-clients', 0, 25)).toBeLessThan(0.005);
    expect(failedShare(r, 'mean-clients', 35, 55)).toBeGreaterThan(0.15);
    expect(share('mean-clients')).toBeGreaterThan(0.08);
    // Turned away by full backlogs, not broken.
    expect(r.clients['mean-clients'].failedBy.rejected).toBe(r.clients['mean-clients'].failed);
  });

  it('the autoscaled fleet follows the curve: it grows for the peak, fails hardly at all, and shrinks at night', () => {
    expect(failedShare(r, 'scaled-clients', 35, 55)).toBeLessThan(0.005);
    expect(share('scaled-clients')).toBeLessThan(0.015);
    const scaling = r.nodes['scaled-api'].autoscale;
    expect(scaling?.peakInstances).toBeGreaterThanOrEqual(7);
    expect(scaling?.finalInstances).toBeLessThanOrEqual(3);
    expect(scaling?.scaleIns).toBeGreaterThanOrEqual(3);
  });

  it('the fleet sized for the peak fails nothing', () => {
    expect(share('peak-clients')).toBeLessThan(0.001);
  });

  it('autoscaling costs well under sizing for the peak, and more than sizing for the mean', () => {
    // The fixed fleets are reported too once some service autoscales: instances × 90 s.
    const meanCost = r.nodes['mean-api'].instanceSeconds ?? 0;
    const scaledCost = r.nodes['scaled-api'].instanceSeconds ?? 0;
    const peakCost = r.nodes['peak-api'].instanceSeconds ?? 0;
    expect(meanCost).toBe(4 * 90);
    expect(peakCost).toBe(7 * 90);
    expect(scaledCost).toBeLessThan(0.8 * peakCost);
    expect(scaledCost).toBeGreaterThan(meanCost);
    expect(r.instanceSeconds).toBeCloseTo(meanCost + scaledCost + peakCost, 6);
  });
});
