/**
 * What one run comes to, as the numbers a seed run or a sweep can plot: a flat record of
 * outcomes keyed by outcome id (`client.<id>.success`, `maxQueueDepth`…), and the
 * per-second series the bands are drawn from. Small and plain, so a worker can send it back
 * instead of the whole report.
 */
import type { Report } from '../sim';

/**
 * The kinds of outcome. Per client: success, reply p50/p99, completion p99; per diagram: the
 * rest — cost is the diagram's price per month (src/challenges/cost.ts), which a sweep of
 * workers or instances changes and a seed does not.
 */
export const OUTCOME_KINDS = [
  'success',
  'p50',
  'p99',
  'completionP99',
  'maxQueueDepth',
  'lostMessages',
  'cost',
] as const;
export type OutcomeKind = (typeof OUTCOME_KINDS)[number];

/** How an outcome is shown. */
export interface OutcomeInfo {
  /** Its key in {@link RunOutcomes.values}: `client.<clientId>.<kind>` or the kind itself. */
  id: string;
  kind: OutcomeKind;
  /** The client it belongs to (per-client kinds only). */
  client?: string;
  /** Words for a person: "client success", "checkout reply p99". */
  label: string;
  unit: '%' | 'ms' | 'messages' | '$/month';
}

/** One second (or thinned bucket) of a run, per client: what the bands are drawn from. */
export interface OutcomeSecond {
  t: number;
  /** Seconds the bucket covers, when more than one (a long run's thinned series). */
  spanS?: number;
  clients: Record<
    string,
    {
      /** Replies that were successes ÷ all replies in the bucket, 0–1; null when nothing was answered. */
      success: number | null;
      /** Reply latency p99 in ms; null when nothing succeeded. */
      p99: number | null;
      sent: number;
      ok: number;
      failed: number;
    }
  >;
}

/** What one run comes to. */
export interface RunOutcomes {
  /** Outcome id → value (success as a ratio 0–1, latencies in ms, counts). */
  values: Record<string, number>;
  series: OutcomeSecond[];
  /** The report's status: "finished" or "stopped: …". */
  status: string;
  /** Simulated seconds run. */
  duration: number;
}

/** The kinds measured per client; the others are one per diagram. */
const CLIENT_KINDS: ReadonlySet<OutcomeKind> = new Set(['success', 'p50', 'p99', 'completionP99']);

/** The id of a client's outcome of `kind`. */
export const clientOutcomeId = (client: string, kind: OutcomeKind): string => `client.${client}.${kind}`;

const KIND_WORDS: Record<OutcomeKind, string> = {
  success: 'success',
  p50: 'reply p50',
  p99: 'reply p99',
  completionP99: 'completion p99',
  maxQueueDepth: 'max queue depth',
  lostMessages: 'lost messages',
  cost: 'cost per month',
};
const KIND_UNIT: Record<OutcomeKind, OutcomeInfo['unit']> = {
  success: '%',
  p50: 'ms',
  p99: 'ms',
  completionP99: 'ms',
  maxQueueDepth: 'messages',
  lostMessages: 'messages',
  cost: '$/month',
};

/** The description of outcome `id` (null when it is not an outcome id). `nameOf` gives a client's label. */
export function outcomeInfo(id: string, nameOf: (client: string) => string = (c) => c): OutcomeInfo | null {
  const m = /^client\.(.+)\.([A-Za-z0-9]+)$/.exec(id);
  if (m) {
    const kind = m[2] as OutcomeKind;
    if (!OUTCOME_KINDS.includes(kind) || !CLIENT_KINDS.has(kind)) return null;
    return { id, kind, client: m[1], label: `${nameOf(m[1])} ${KIND_WORDS[kind]}`, unit: KIND_UNIT[kind] };
  }
  if (id === 'maxQueueDepth' || id === 'lostMessages' || id === 'cost')
    return { id, kind: id, label: KIND_WORDS[id], unit: KIND_UNIT[id] };
  return null;
}

/**
 * The outcomes of one run. Success is `ok ÷ sent` over the run, as the run summary shows it;
 * an outcome with nothing to measure is left out — success when nothing was sent, reply
 * latencies when nothing succeeded, completion p99 when no async work completed; max
 * queue depth is the largest over all queues; lost messages are those dead-lettered or
 * expired. Cost depends on the document, not on the run: `runOutcomes` (runTask.ts) adds it.
 */
export function outcomesOf(report: Report): RunOutcomes {
  const values: Record<string, number> = {};
  for (const [id, c] of Object.entries(report.clients)) {
    // An outcome with nothing to measure is left out (never a 0 that would pull the spread down).
    if (c.sent > 0) values[clientOutcomeId(id, 'success')] = c.ok / c.sent;
    if (c.ok > 0) {
      values[clientOutcomeId(id, 'p50')] = c.latencyMs.p50;
      values[clientOutcomeId(id, 'p99')] = c.latencyMs.p99;
    }
    if (c.completed > 0) values[clientOutcomeId(id, 'completionP99')] = c.completionMs.p99;
  }
  const queues = Object.values(report.queues);
  if (queues.length > 0) {
    values.maxQueueDepth = Math.max(...queues.map((q) => q.maxDepth));
    values.lostMessages = queues.reduce((n, q) => n + q.deadLettered + q.expired, 0);
  }
  const series: OutcomeSecond[] = report.series.map((row) => {
    const clients: OutcomeSecond['clients'] = {};
    for (const [id, c] of Object.entries(row.clients)) {
      const answered = c.ok + c.failed;
      clients[id] = {
        success: answered > 0 ? c.ok / answered : null,
        p99: c.ok > 0 ? c.p99 : null,
        sent: c.sent,
        ok: c.ok,
        failed: c.failed,
      };
    }
    return row.spanS === undefined ? { t: row.t, clients } : { t: row.t, spanS: row.spanS, clients };
  });
  return { values, series, status: report.status, duration: report.duration };
}
