/**
 * The parameters of a load balancer node (docs/document-format.md, "Load balancer"): how it
 * spreads calls over its backends, its active health checks and its passive outlier
 * ejection. Health checks and ejection are off by default: a balancer without them keeps
 * sending every backend its share, whatever that backend answers.
 *
 * The kind itself is new in version 3 (kinds.ts NODE_KIND_SINCE), which refuses the whole
 * node in an older document; its parameters therefore need no `since` of their own.
 */
import type { ParamList, ParamOwner } from './types';

/** How a balancer picks the backend of each call. */
export const BALANCE_STRATEGIES = ['roundRobin', 'random', 'leastOutstanding', 'powerOfTwo'] as const;
export type BalanceStrategy = (typeof BALANCE_STRATEGIES)[number];

const enabled = (owner: ParamOwner) => owner.enabled === true;

export const BALANCER_PARAMS = {
  strategy: {
    type: 'choice',
    label: 'Balancing strategy',
    group: 'Traffic',
    options: BALANCE_STRATEGIES,
    default: 'roundRobin',
    help: 'roundRobin: in turn. random: by chance. leastOutstanding: the backend with fewest calls in progress. powerOfTwo: of two picked at random, the one with fewer calls in progress.',
  },
  healthCheck: {
    type: 'set',
    params: {
      enabled: {
        type: 'toggle',
        label: 'Active health checks',
        group: 'Resilience',
        default: false,
        help: 'Probe every backend at an interval; a backend failing too many probes in a row gets no calls until it passes enough again. Probes use no worker.',
      },
      intervalS: {
        type: 'number',
        label: 'Probe interval',
        group: 'Resilience',
        unit: 's',
        min: 0.05,
        max: 600,
        step: 0.05,
        default: 1,
        appliesTo: enabled,
      },
      timeoutMs: {
        type: 'number',
        label: 'Probe timeout',
        group: 'Resilience',
        unit: 'ms',
        min: 1,
        max: 60_000,
        default: 500,
        help: 'A probe without an answer in this time has failed.',
        appliesTo: enabled,
      },
      unhealthyThreshold: {
        type: 'number',
        label: 'Failed probes to mark unhealthy',
        group: 'Resilience',
        min: 1,
        max: 100,
        whole: true,
        default: 3,
        appliesTo: enabled,
      },
      healthyThreshold: {
        type: 'number',
        label: 'Passed probes to mark healthy',
        group: 'Resilience',
        min: 1,
        max: 100,
        whole: true,
        default: 2,
        appliesTo: enabled,
      },
    },
  },
  outlierEjection: {
    type: 'set',
    params: {
      enabled: {
        type: 'toggle',
        label: 'Outlier ejection',
        group: 'Resilience',
        default: false,
        help: 'A backend whose calls fail too many times in a row is ejected: it gets no calls for the ejection time.',
      },
      consecutiveFailures: {
        type: 'number',
        label: 'Failures in a row to eject',
        group: 'Resilience',
        min: 1,
        max: 1000,
        whole: true,
        default: 5,
        appliesTo: enabled,
      },
      ejectionS: {
        type: 'number',
        label: 'Ejection time',
        group: 'Resilience',
        unit: 's',
        min: 0.05,
        max: 3600,
        step: 0.05,
        default: 10,
        appliesTo: enabled,
      },
      maxEjectionPercent: {
        type: 'number',
        label: 'Max backends ejected',
        group: 'Resilience',
        unit: '%',
        min: 0,
        max: 100,
        default: 50,
        help: 'The share of backends that may be ejected at once (at least one, unless 0).',
        appliesTo: enabled,
      },
    },
  },
} as const satisfies ParamList;
