/**
 * The circuit breaker's modes as a state graph. xstate is for modes, not for messages: a
 * breaker changes mode a few times per run, while driving an actor per call would cost about
 * a hundred times a hand-written step. The engine counts successes and failures per call in
 * plain code and sends an event here only when the mode must change; the open → half-open
 * timer is an engine event in simulated time, never an xstate delay, so runs stay
 * deterministic and checkpointable.
 */
import { setup, transition } from 'xstate';

export type CircuitBreakerEvent =
  /** The failure rate over the window reached the threshold. */
  | { type: 'TRIP' }
  /** The open duration has passed (simulated time). */
  | { type: 'OPEN_ELAPSED' }
  /** A probe call failed while half-open. */
  | { type: 'PROBE_FAILED' }
  /** Every probe call allowed while half-open succeeded. */
  | { type: 'PROBES_PASSED' };

export type CircuitBreakerState = 'closed' | 'open' | 'halfOpen';

export const circuitBreakerMachine = setup({
  types: { events: {} as CircuitBreakerEvent },
}).createMachine({
  id: 'circuitBreaker',
  initial: 'closed',
  states: {
    closed: { on: { TRIP: 'open' } },
    open: { on: { OPEN_ELAPSED: 'halfOpen' } },
    halfOpen: { on: { PROBE_FAILED: 'open', PROBES_PASSED: 'closed' } },
  },
});

/**
 * The state after `event`, computed with xstate's pure `transition` from a state value kept
 * as plain data (so the engine's checkpoint never holds an xstate object).
 */
export function nextBreakerState(
  value: CircuitBreakerState,
  event: CircuitBreakerEvent,
): CircuitBreakerState {
  const snapshot = circuitBreakerMachine.resolveState({ value, context: undefined as never });
  const [next] = transition(circuitBreakerMachine, snapshot, event);
  return next.value as CircuitBreakerState;
}
