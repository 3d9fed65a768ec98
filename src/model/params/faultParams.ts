/** The parameters of each fault kind, declared once (see types.ts). */
import { LIMITS } from '../limits';
import type { ParamList } from './types';

export const CRASH_MODES = ['refuse', 'hang'] as const;
export type CrashMode = (typeof CRASH_MODES)[number];

/** A crash refuses calls at once, or hangs them until the caller's timeout. */
const mode = {
  type: 'choice',
  label: 'Calls to it',
  group: 'Resilience',
  options: CRASH_MODES,
  default: 'refuse',
} as const;

export const FAULT_PARAMS = {
  crash: { mode },
  /**
   * During `healthCheckDelayS` after an instance goes down, the load balancer has not noticed
   * yet and still sends it traffic.
   */
  redeploy: {
    mode,
    healthCheckDelayS: {
      type: 'number',
      label: 'Health-check delay',
      group: 'Timing',
      unit: 's',
      min: 0,
      max: 600,
      default: 0,
    },
  },
  /** Service time is multiplied by `factor`. */
  slow: {
    factor: { type: 'number', label: 'Slowdown', group: 'Timing', min: 1, max: LIMITS.factor, default: 5 },
  },
  /** Fraction of requests that fail while the fault lasts. */
  errors: {
    rate: { type: 'number', label: 'Failing share', group: 'Resilience', min: 0, max: 1, default: 0.5 },
  },
  /** Fraction of workers lost. */
  capacity: {
    fraction: { type: 'number', label: 'Workers lost', group: 'Capacity', min: 0, max: 1, default: 0.5 },
  },
  partition: {},
  /**
   * A cache (cacheParams.ts) loses every entry at the fault's start; while the fault lasts
   * it is bypassed: every lookup misses and nothing is stored.
   */
  flush: {},
  /** The client's arrival rate is multiplied by `factor`. */
  surge: {
    factor: {
      type: 'number',
      label: 'Traffic multiplier',
      group: 'Traffic',
      min: 0,
      max: LIMITS.factor,
      default: 3,
    },
  },
} as const satisfies Record<string, ParamList>;
