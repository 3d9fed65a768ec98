/**
 * Failure causes: one row per cause, the single place that says how a cause is called in
 * the report, in the run log, in a root cause without a fault, and on the charts. Its
 * index is the cause's code in the engine (the `C_*` constants below), so the order of
 * rows is part of every recorded run: add a cause at the end, never reorder.
 * Adding a cause is one row here plus the code that fails work with it (docs/engine.md,
 * Failure causes).
 */

/** How one failure cause is named and shown. */
export interface CauseInfo {
  /** The report's key (report.ts FailureCause): part of the command line's JSON contract. */
  readonly key: string;
  /** What the run log says a client request failed of: "<where>: <logText> — n failed". */
  readonly logText: string;
  /** How a root cause without a fault describes the node's own trouble: "<node> (<ownTrouble>)". */
  readonly ownTrouble: string;
  /** The colour of the cause's line on the failures chart. */
  readonly chartColour: string;
}

/** Every failure cause, in code order. */
export const CAUSES = Object.freeze([
  { key: 'timeout', logText: 'timed out', ownTrouble: 'overloaded: calls timed out', chartColour: '#b91c1c' },
  { key: 'refused', logText: 'connection refused', ownTrouble: 'refusing calls', chartColour: '#dc2626' },
  {
    key: 'rejected',
    logText: 'rejected (backlog full)',
    ownTrouble: 'overloaded: backlog full',
    chartColour: '#f97316',
  },
  { key: 'queueFull', logText: 'queue full', ownTrouble: 'full', chartColour: '#a16207' },
  { key: 'injectedError', logText: 'error', ownTrouble: 'its own errors', chartColour: '#db2777' },
  {
    key: 'breakerOpen',
    logText: 'circuit breaker open',
    ownTrouble: 'circuit breaker open',
    chartColour: '#7c3aed',
  },
  {
    key: 'downstream',
    logText: 'downstream failure',
    ownTrouble: 'failing downstream',
    chartColour: '#ef4444',
  },
  { key: 'partitioned', logText: 'network partition', ownTrouble: 'partitioned', chartColour: '#475569' },
  {
    key: 'limit',
    logText: 'hop limit reached',
    ownTrouble: 'hop limit: a call cycle',
    chartColour: '#000000',
  },
  /** A message no consumer can process (a queue's `poisonRate`). */
  { key: 'poisonMessage', logText: 'poison message', ownTrouble: 'poison messages', chartColour: '#9d174d' },
  /** Work that waited longer than its node's maximum wait, dropped before any work (shedding.ts). */
  {
    key: 'shed',
    logText: 'shed (waited too long)',
    ownTrouble: 'overloaded: shedding requests that waited too long',
    chartColour: '#0e7490',
  },
  /** A call over a service's rate limit (rateLimit.ts). */
  { key: 'rateLimited', logText: 'rate limited', ownTrouble: 'rate limiting calls', chartColour: '#65a30d' },
  /** A load balancer with every backend ejected or unhealthy (balancer.ts). */
  {
    key: 'noBackend',
    logText: 'no backend available',
    ownTrouble: 'no backend available',
    chartColour: '#4338ca',
  },
] as const satisfies readonly CauseInfo[]);

/** A cause's code: its index in CAUSES. */
export type CauseCode = Exclude<Partial<typeof CAUSES>['length'], (typeof CAUSES)['length']>;

/** The report's name of a cause. */
export type CauseKey = (typeof CAUSES)[number]['key'];

/** The code of the cause whose report key is `key`. */
function code<K extends CauseKey>(key: K): CauseCode {
  return CAUSES.findIndex((c) => c.key === key) as CauseCode;
}

export const C_TIMEOUT = code('timeout');
export const C_REFUSED = code('refused');
export const C_REJECTED = code('rejected');
export const C_QUEUE_FULL = code('queueFull');
export const C_INJECTED = code('injectedError');
export const C_BREAKER = code('breakerOpen');
export const C_DOWNSTREAM = code('downstream');
export const C_PARTITIONED = code('partitioned');
export const C_LIMIT = code('limit');
export const C_POISON = code('poisonMessage');
export const C_SHED = code('shed');
export const C_RATE_LIMITED = code('rateLimited');
export const C_NO_BACKEND = code('noBackend');
/** Number of causes: the length of every per-cause counter array. */
export const CAUSE_COUNT = CAUSES.length;

/** The report's keys, in code order. */
export const CAUSE_KEYS = Object.freeze(CAUSES.map((c) => c.key)) as readonly CauseKey[];

/** Counts per cause code as the report writes them: by key, causes never seen left out. */
export function failedByRecord(counts: Float64Array): Partial<Record<CauseKey, number>> {
  const out: Partial<Record<CauseKey, number>> = {};
  for (let i = 0; i < counts.length; i++) if (counts[i] > 0) out[CAUSE_KEYS[i]] = counts[i];
  return out;
}
