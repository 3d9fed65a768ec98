/**
 * Each goal measured on one run (docs/challenges.md, "Goals"): its value, whether it is met,
 * and for a missed goal the first second of the series where it fell short.
 */
import type { FaultlineDocument } from '../model';
import type { Report, SeriesRow } from '../sim/report';
import type { Goal } from './format';
import { faultsAt, msText, percentText, secondsText } from './moment';
import type { GoalUnit, SeedGoalValue } from './scorecard';

/** The clients a goal covers: the one it names, or every client of the run. */
function clientsOf(report: Report, client: string | undefined): string[] {
  return client === undefined ? Object.keys(report.clients) : [client];
}

/** Whether a larger value is better for this goal (success) or worse (latency, losses, load). */

/** The answers clients `ids` got — over the run (a report's clients) or in one second (a series row's). */
function answers(
  clients: Readonly<Record<string, { ok: number; failed: number } | undefined>>,
  ids: readonly string[],
): { ok: number; failed: number } {
  let ok = 0;
  let failed = 0;
  for (const id of ids) {
    ok += clients[id]?.ok ?? 0;
    failed += clients[id]?.failed ?? 0;
  }
  return { ok, failed };
}
export function higherIsBetter(goal: Goal): boolean {
  return goal.kind === 'clientSuccess';
}

export function goalUnit(goal: Goal): GoalUnit {
  switch (goal.kind) {
    case 'clientSuccess':
    case 'utilisation':
      return 'ratio';
    case 'replyP99':
    case 'completionP99':
      return 'ms';
    case 'nothingLost':
      return 'messages';
    case 'withinBudget':
      return 'dollars';
  }
}

/** The goal's threshold (for withinBudget: the budget). */
export function goalTarget(goal: Goal, budget: number): number {
  switch (goal.kind) {
    case 'clientSuccess':
      return goal.min;
    case 'replyP99':
    case 'completionP99':
      return goal.maxMs;
    case 'nothingLost':
      return goal.allowDeadLettered + goal.allowExpired;
    case 'utilisation':
      return goal.max;
    case 'withinBudget':
      return budget;
  }
}

/** The first row where `short(row)` holds, as a moment. */
function firstShort(
  series: readonly SeriesRow[],
  short: (row: SeriesRow) => number | null,
  words: (value: number) => string,
  doc: FaultlineDocument,
): Pick<SeedGoalValue, 'atMs' | 'moment'> {
  for (const row of series) {
    const value = short(row);
    if (value === null) continue;
    return {
      atMs: Math.round(row.t * 1000),
      moment: `${words(value)} at ${secondsText(row.t)}: ${faultsAt(doc, row.t)}`,
    };
  }
  return {};
}

/** One run's value for a goal that runs measure (every kind but withinBudget). */
export function measureGoal(goal: Goal, report: Report, doc: FaultlineDocument, seed: number): SeedGoalValue {
  switch (goal.kind) {
    case 'clientSuccess': {
      const ids = clientsOf(report, goal.client);
      const { ok, failed } = answers(report.clients, ids);
      const value = ok + failed === 0 ? 1 : ok / (ok + failed);
      const met = value >= goal.min;
      if (met) return { seed, value, met };
      return {
        seed,
        value,
        met,
        ...firstShort(
          report.series,
          (row) => {
            const { ok: o, failed: f } = answers(row.clients, ids);
            return o + f > 0 && o / (o + f) < goal.min ? o / (o + f) : null;
          },
          (v) => `client success fell to ${percentText(v)}`,
          doc,
        ),
      };
    }
    case 'replyP99':
    case 'completionP99': {
      const reply = goal.kind === 'replyP99';
      const ids = clientsOf(report, goal.client);
      const value = Math.max(
        0,
        ...ids.map(
          (id) => (reply ? report.clients[id]?.latencyMs.p99 : report.clients[id]?.completionMs.p99) ?? 0,
        ),
      );
      const met = value <= goal.maxMs;
      if (met) return { seed, value, met };
      return {
        seed,
        value,
        met,
        ...firstShort(
          report.series,
          (row) => {
            const worst = Math.max(
              0,
              ...ids.map((id) => (reply ? row.clients[id]?.p99 : row.clients[id]?.completionP99) ?? 0),
            );
            return worst > goal.maxMs ? worst : null;
          },
          (v) => `${reply ? 'reply' : 'completion'} p99 rose to ${msText(v)}`,
          doc,
        ),
      };
    }
    case 'nothingLost': {
      // A queue's dead-lettered count includes the messages that expired (src/sim/queues.ts).
      let dead = 0;
      let expired = 0;
      for (const q of Object.values(report.queues)) {
        dead += q.deadLettered - q.expired;
        expired += q.expired;
      }
      const value = dead + expired;
      const met = dead <= goal.allowDeadLettered && expired <= goal.allowExpired;
      if (met) return { seed, value, met };
      // The series counts both kinds together: the moment is when that count passed the
      // smaller allowance of the kinds that were exceeded.
      const allowance = Math.min(
        dead > goal.allowDeadLettered ? goal.allowDeadLettered : Number.POSITIVE_INFINITY,
        expired > goal.allowExpired ? goal.allowExpired : Number.POSITIVE_INFINITY,
      );
      let lost = 0;
      return {
        seed,
        value,
        met,
        ...firstShort(
          report.series,
          (row) => {
            for (const q of Object.values(row.queues)) lost += q.deadLettered;
            return lost > allowance ? lost : null;
          },
          (v) => `${v} message${v === 1 ? '' : 's'} lost`,
          doc,
        ),
      };
    }
    case 'utilisation': {
      const peak = Math.max(0, ...report.series.map((row) => row.nodes[goal.node]?.utilization ?? 0));
      const met = peak <= goal.max;
      if (met) return { seed, value: peak, met };
      return {
        seed,
        value: peak,
        met,
        ...firstShort(
          report.series,
          (row) => {
            const u = row.nodes[goal.node]?.utilization ?? 0;
            return u > goal.max ? u : null;
          },
          (v) => `${goal.node} was ${percentText(v)} busy`,
          doc,
        ),
      };
    }
    case 'withinBudget':
      throw new Error('withinBudget is measured from the document, not a run');
  }
}

/** The goal's measured value in words. */
export function valueText(goal: Goal, value: number): string {
  switch (goalUnit(goal)) {
    case 'ratio':
      return percentText(value);
    case 'ms':
      return msText(value);
    case 'messages':
      return `${value} lost`;
    case 'dollars':
      return `$${Math.round(value).toLocaleString('en-US')} per month`;
  }
}

/** The goal in words: "Client success ≥ 99.9 % (all clients)". */
export function goalLabel(goal: Goal, budget: number): string {
  const who = (client: string | undefined) => (client === undefined ? 'all clients' : client);
  switch (goal.kind) {
    case 'clientSuccess':
      return `Client success ≥ ${Math.round(goal.min * 1000) / 10} % (${who(goal.client)})`;
    case 'replyP99':
      return `Reply p99 ≤ ${msText(goal.maxMs)} (${who(goal.client)})`;
    case 'completionP99':
      return `Completion p99 ≤ ${msText(goal.maxMs)} (${who(goal.client)})`;
    case 'nothingLost':
      return goal.allowDeadLettered + goal.allowExpired === 0
        ? 'Nothing lost (no message dead-lettered or expired)'
        : `At most ${goal.allowDeadLettered} dead-lettered and ${goal.allowExpired} expired messages`;
    case 'utilisation':
      return `${goal.node} busy ≤ ${Math.round(goal.max * 1000) / 10} % in every second`;
    case 'withinBudget':
      return `Cost within the budget ($${budget.toLocaleString('en-US')} per month)`;
  }
}
