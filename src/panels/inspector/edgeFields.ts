import { BACKOFFS, type EdgeKind, JITTERS } from '../../model/edges';
import { LIMITS } from '../../model/limits';
import { type FieldSpec, field, type Group } from './fieldSpecs';

// When retry and breaker parameters matter (the engine's rules, src/sim/retry.ts).
const retries = (item: Record<string, unknown>) => Number(field(item, 'retry', 'maxAttempts')) > 1;
const backsOff = (item: Record<string, unknown>) =>
  retries(item) && field(item, 'retry', 'backoff') !== 'none';
const capped = (item: Record<string, unknown>) =>
  backsOff(item) &&
  (field(item, 'retry', 'backoff') === 'exponential' || field(item, 'retry', 'jitter') === 'decorrelated');
const breakerOn = (item: Record<string, unknown>) => field(item, 'breaker', 'enabled') === true;

const common: FieldSpec[] = [
  {
    path: ['weight'],
    label: 'Traffic weight',
    group: 'Traffic',
    control: 'number',
    min: 0,
    max: 1000,
    step: 0.1,
    help: "Share of a client's requests sent this way, relative to its other edges.",
  },
  {
    path: ['latencyMs'],
    label: 'Network latency',
    group: 'Timing',
    control: 'number',
    unit: 'ms',
    min: 0,
    max: LIMITS.durationMs,
    help: 'One way.',
  },
];

const ms = (path: string[], label: string, group: Group, help?: string): FieldSpec => ({
  path,
  label,
  group,
  control: 'number',
  unit: 'ms',
  min: 0,
  max: LIMITS.durationMs,
  ...(help ? { help } : {}),
});

/** Every parameter of each edge kind (DESIGN.md §1 "Edge kinds"). */
export const EDGE_FIELDS: Record<EdgeKind, FieldSpec[]> = {
  rpc: [
    ...common,
    ms(
      ['timeoutMs'],
      'Timeout',
      'Timing',
      'The caller gives up on one attempt after this long. 0 = no timeout: it waits as long as it takes.',
    ),
    {
      path: ['retry', 'maxAttempts'],
      label: 'Attempts',
      group: 'Resilience',
      control: 'number',
      min: 1,
      max: LIMITS.retryAttempts,
      help: 'Counts the first try: 1 means no retry.',
    },
    {
      path: ['retry', 'backoff'],
      label: 'Backoff',
      group: 'Resilience',
      control: 'choice',
      options: BACKOFFS,
      appliesTo: retries,
    },
    { ...ms(['retry', 'baseMs'], 'Backoff base delay', 'Resilience'), appliesTo: backsOff },
    {
      ...ms(['retry', 'capMs'], 'Backoff cap', 'Resilience', 'Largest delay exponential backoff grows to.'),
      appliesTo: capped,
    },
    {
      path: ['retry', 'jitter'],
      label: 'Jitter',
      group: 'Resilience',
      control: 'choice',
      options: JITTERS,
      appliesTo: backsOff,
    },
    { path: ['breaker', 'enabled'], label: 'Circuit breaker', group: 'Resilience', control: 'toggle' },
    {
      path: ['breaker', 'failureThreshold'],
      label: 'Breaker failure threshold',
      group: 'Resilience',
      appliesTo: breakerOn,
      control: 'number',
      min: 0,
      max: 1,
      step: 0.05,
      help: 'Fraction of failed calls in the window that opens the breaker.',
    },
    {
      path: ['breaker', 'windowS'],
      label: 'Breaker window',
      group: 'Resilience',
      appliesTo: breakerOn,
      control: 'number',
      unit: 's',
      min: 0.1,
      max: 600,
      step: 0.1,
    },
    {
      path: ['breaker', 'minimumCalls'],
      label: 'Breaker minimum calls',
      group: 'Resilience',
      appliesTo: breakerOn,
      control: 'number',
      min: 1,
      max: 10_000,
    },
    {
      path: ['breaker', 'openS'],
      label: 'Breaker open for',
      group: 'Resilience',
      appliesTo: breakerOn,
      control: 'number',
      unit: 's',
      min: 0,
      max: LIMITS.runSeconds,
    },
    {
      path: ['breaker', 'halfOpenProbes'],
      label: 'Half-open probes',
      group: 'Resilience',
      appliesTo: breakerOn,
      control: 'number',
      min: 1,
      max: 1000,
    },
    {
      path: ['fallback'],
      label: 'Fallback on failure',
      group: 'Resilience',
      control: 'toggle',
      help: 'Treat a failed call as a degraded success (a cached or default answer).',
    },
  ],
  async: common,
};
