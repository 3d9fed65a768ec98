/**
 * The run's story for the event log (api.ts RunLogEntry): faults, recoveries, breaker
 * changes, and failures grouped per edge and cause per second — never one line per request.
 * Bounded: past MAX_ENTRIES, lines are counted but not kept.
 */
import type { RunLogEntry } from './api';
import { C_DOWNSTREAM, CAUSES } from './causes';
import type { EngineContext } from './runState';

export const MAX_LOG_ENTRIES = 5000;

/** The run log's words for each failure cause, by code (causes.ts). */
export const CAUSE_TEXT: readonly string[] = Object.freeze(CAUSES.map((c) => c.logText));

export function addLog(ctx: EngineContext, kind: RunLogEntry['kind'], subject: string, text: string): void {
  const s = ctx.s;
  if (s.log.length >= MAX_LOG_ENTRIES) {
    s.logDropped++;
    return;
  }
  s.log.push({ tMs: s.now, kind, subject, text });
}

/** Counts a failed client request under the edge and cause where its failure started. */
export function groupFailure(
  ctx: EngineContext,
  rootEdge: number,
  rootCause: number,
  rootNode: number,
): void {
  const key = `${rootEdge >= 0 ? `e${rootEdge}` : `n${rootNode}`}|${rootCause < 0 ? C_DOWNSTREAM : rootCause}`;
  const g = ctx.s.failureGroups;
  g[key] = (g[key] ?? 0) + 1;
}

/** Writes this second's failure groups into the log (called once per simulated second). */
export function flushFailureGroups(ctx: EngineContext): void {
  const s = ctx.s;
  const keys = Object.keys(s.failureGroups);
  if (keys.length === 0) return;
  keys.sort();
  for (const key of keys) {
    const [where0, causeText] = key.split('|');
    const index = Number(where0.slice(1));
    const cause = Number(causeText);
    const n = s.failureGroups[key];
    let where = 'somewhere';
    let subject = '';
    if (where0[0] === 'e') {
      const e = ctx.topo.edges[index];
      where = `${ctx.topo.nodes[e.source].label} → ${ctx.topo.nodes[e.target].label}`;
      subject = e.id;
    } else if (index >= 0 && index < ctx.topo.nodes.length) {
      where = ctx.topo.nodes[index].label;
      subject = ctx.topo.nodes[index].id;
    }
    addLog(
      ctx,
      'failures',
      subject,
      `${where}: ${CAUSE_TEXT[cause]} — ${n} client request${n === 1 ? '' : 's'} failed`,
    );
  }
  s.failureGroups = {};
}
