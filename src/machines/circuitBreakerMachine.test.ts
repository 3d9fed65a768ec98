import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { circuitBreakerMachine, nextBreakerState } from './circuitBreakerMachine';

describe('circuitBreakerMachine', () => {
  it('starts closed, trips open, half-opens when the open time passes, closes when probes pass', () => {
    const actor = createActor(circuitBreakerMachine).start();
    expect(actor.getSnapshot().matches('closed')).toBe(true);
    actor.send({ type: 'OPEN_ELAPSED' });
    expect(actor.getSnapshot().matches('closed')).toBe(true);
    actor.send({ type: 'TRIP' });
    expect(actor.getSnapshot().matches('open')).toBe(true);
    actor.send({ type: 'PROBES_PASSED' });
    expect(actor.getSnapshot().matches('open')).toBe(true);
    actor.send({ type: 'OPEN_ELAPSED' });
    expect(actor.getSnapshot().matches('halfOpen')).toBe(true);
    actor.send({ type: 'PROBES_PASSED' });
    expect(actor.getSnapshot().matches('closed')).toBe(true);
  });
  it('goes back to open when a probe fails', () => {
    const actor = createActor(circuitBreakerMachine).start();
    actor.send({ type: 'TRIP' });
    actor.send({ type: 'OPEN_ELAPSED' });
    actor.send({ type: 'PROBE_FAILED' });
    expect(actor.getSnapshot().matches('open')).toBe(true);
  });
  it('steps purely from a plain state value', () => {
    expect(nextBreakerState('closed', { type: 'TRIP' })).toBe('open');
    expect(nextBreakerState('open', { type: 'OPEN_ELAPSED' })).toBe('halfOpen');
    expect(nextBreakerState('halfOpen', { type: 'PROBE_FAILED' })).toBe('open');
    expect(nextBreakerState('halfOpen', { type: 'PROBES_PASSED' })).toBe('closed');
    expect(nextBreakerState('closed', { type: 'PROBE_FAILED' })).toBe('closed');
  });
});
