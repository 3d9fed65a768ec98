/**
 * Parameters of how a service or database behaves under load (see types.ts): service time
 * that grows with load past a knee, the order its backlog is served in, and the longest a
 * request may wait before it is shed. All new in version 3 and off by default; the engine's
 * rules are src/sim/loadFactor.ts and src/sim/shedding.ts (docs/engine.md).
 */
import { LIMITS } from '../limits';
import type { ParamList, ParamOwner } from './types';

export const LOAD_CURVES = ['off', 'linear', 'exponential'] as const;
export type LoadCurve = (typeof LOAD_CURVES)[number];
export const LOAD_MEASURES = ['busyWorkers', 'backlog'] as const;
export const BACKLOG_ORDERS = ['fifo', 'lifo'] as const;

const curveOn = (f: ParamOwner) => f.curve === 'linear' || f.curve === 'exponential';

/**
 * Load-dependent service time: each piece of work takes its sampled time × a factor set by
 * the instance's load when it starts, x = busy workers (this one included) or requests
 * waiting in its backlog. linear: 1 + slope × (x − knee)⁺; exponential: e^(rate × (x − knee)⁺);
 * both capped at `max`.
 */
export const loadFactorParams = (kneeDefault: number) =>
  ({
    type: 'set',
    since: 3,
    params: {
      curve: {
        type: 'choice',
        label: 'Slowdown under load',
        group: 'Capacity',
        options: LOAD_CURVES,
        default: 'off',
        help: 'Work gets slower past a load knee (garbage collection, thrashing). Off: time does not depend on load.',
      },
      measure: {
        type: 'choice',
        label: 'Load measured by',
        group: 'Capacity',
        options: LOAD_MEASURES,
        default: 'busyWorkers',
        help: 'Per instance, when the work starts: busy workers (this one included) or requests waiting.',
        appliesTo: curveOn,
      },
      knee: {
        type: 'number',
        label: 'Load knee',
        group: 'Capacity',
        unit: 'requests',
        min: 0,
        max: LIMITS.backlog,
        whole: true,
        default: kneeDefault,
        help: 'Load up to which work runs at its normal speed.',
        appliesTo: curveOn,
      },
      slope: {
        type: 'number',
        label: 'Slowdown per request over the knee',
        group: 'Capacity',
        unit: '×/request',
        min: 0,
        max: 10,
        step: 0.01,
        default: 0.25,
        help: 'Factor = 1 + slope × (load − knee).',
        appliesTo: (f: ParamOwner) => f.curve === 'linear',
      },
      rate: {
        type: 'number',
        label: 'Slowdown growth rate',
        group: 'Capacity',
        unit: '/request',
        min: 0,
        max: 5,
        step: 0.01,
        default: 0.2,
        help: 'Factor = e^(rate × (load − knee)).',
        appliesTo: (f: ParamOwner) => f.curve === 'exponential',
      },
      max: {
        type: 'number',
        label: 'Slowdown cap',
        group: 'Capacity',
        unit: '×',
        min: 1,
        max: 1000,
        step: 0.1,
        default: 10,
        help: 'The factor never exceeds this.',
        appliesTo: curveOn,
      },
    },
  }) as const satisfies ParamList[string];

/** The order waiting work is taken from the backlog: oldest first, or newest first. */
export const backlogOrder = {
  type: 'choice',
  label: 'Backlog order',
  group: 'Capacity',
  options: BACKLOG_ORDERS,
  default: 'fifo',
  since: 3,
  help: 'fifo: oldest first. lifo: newest first, so fresh requests are served while old ones wait.',
} as const;

/** Work that waited longer than this is dropped (cause "shed") before any time is spent on it. */
export const maxWaitMs = {
  type: 'limit',
  label: 'Maximum wait',
  group: 'Resilience',
  unit: 'ms',
  min: 0,
  max: LIMITS.durationMs,
  word: 'none',
  wordLabel: 'No maximum wait',
  restore: 1000,
  default: 'none',
  since: 3,
  help: 'A request that waited longer for a worker is shed: failed at once, without work.',
} as const;
