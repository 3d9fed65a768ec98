import { useState } from 'react';
import type { Report } from '../../sim/report';
import { useDocumentStore } from '../../store/documentStore';
import { useRunStore } from '../../store/runHooks';
import { LittlesLawSummary } from '../theory/LittlesLawSummary';
import { AbandonedWork } from './AbandonedWork';
import { BalancerSummary } from './BalancerSummary';
import { BudgetRefusals } from './BudgetRefusals';
import { CacheSummary } from './CacheSummary';
import { instanceSecondsText } from './instanceSeconds';

function percent(ok: number, sent: number): string {
  return sent === 0 ? '–' : `${((ok / sent) * 100).toFixed(1)} %`;
}

/** Messages lost for good: dead-lettered or expired in a queue (never silently dropped). */
export function lostMessages(report: Report): number {
  return Object.values(report.queues).reduce((n, q) => n + q.deadLettered + q.expired, 0);
}

/**
 * What the run came to, shown when it ends: per client success, p99, accepted and
 * completed, closed-loop users, per cache its hit ratio, per load balancer the calls each
 * backend got, messages lost, the root causes of the failures, work finished for callers who
 * had left, the retries retry budgets refused, and Little's law on every service and database.
 */
export function RunSummary() {
  const report = useRunStore((s) => s.report);
  const nodes = useDocumentStore((s) => s.doc.nodes);
  const [closedFor, setClosedFor] = useState<Report | null>(null);
  if (!report || closedFor === report) return null;
  const label = (id: string) => nodes.find((n) => n.id === id)?.label ?? id;
  const lost = lostMessages(report);
  const instances = instanceSecondsText(report, label);

  return (
    <section className="run-summary" role="dialog" aria-modal="false" aria-labelledby="run-summary-title">
      <h2 id="run-summary-title">Run summary</h2>
      <p>
        {report.duration.toFixed(1)} s simulated, {report.events.toLocaleString('en')} events, {report.status}
        .
      </p>
      <table>
        <caption>Per client</caption>
        <thead>
          <tr>
            <th scope="col">Client</th>
            <th scope="col">Success</th>
            <th scope="col">p99</th>
            <th scope="col">Accepted</th>
            <th scope="col">Completed</th>
            <th scope="col">Failed</th>
          </tr>
        </thead>
        <tbody>
          {Object.entries(report.clients).map(([id, c]) => (
            <tr key={id}>
              <th scope="row">{label(id)}</th>
              <td>{percent(c.ok, c.sent)}</td>
              <td>{c.latencyMs.p99.toFixed(0)} ms</td>
              <td>{c.accepted}</td>
              <td>{c.completed}</td>
              <td>{c.failed}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {Object.entries(report.clients).map(([id, c]) =>
        c.closedLoop ? (
          <p key={id}>
            {label(id)}: {c.closedLoop.users} closed-loop users, think time{' '}
            {c.closedLoop.thinkTimeMs.toFixed(0)} ms, {c.closedLoop.throughputPerS.toFixed(1)} answers a
            second.
          </p>
        ) : null,
      )}
      <CacheSummary report={report} label={label} />
      <BalancerSummary report={report} label={label} />
      <p>
        Lost messages: <strong>{lost}</strong>
        {lost === 0 ? ' (nothing was dead-lettered or expired)' : ' (dead-lettered or expired)'}
      </p>
      {instances ? <p>Instances: {instances}</p> : null}
      <h3>Root causes</h3>
      {report.rootCauses.length === 0 ? (
        <p>No failures.</p>
      ) : (
        <ul>
          {report.rootCauses.map((c) => (
            <li key={`${c.node}|${c.fault}|${c.description}`}>
              {c.description}: {c.clientFailures} client requests failed
            </li>
          ))}
        </ul>
      )}
      <AbandonedWork report={report} />
      <BudgetRefusals report={report} />
      <LittlesLawSummary report={report} nodes={nodes} label={label} />
      <button type="button" onClick={() => setClosedFor(report)}>
        Close summary
      </button>
    </section>
  );
}
