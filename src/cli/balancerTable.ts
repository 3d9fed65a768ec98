import type { Report } from '../sim/report';

type Table = (header: string[], rows: string[][]) => string;

/**
 * The table format's lines on load balancers: one row per backend of each balancer, with the
 * calls it was sent, its ejections and failed health checks, and each balancer's calls
 * failed for want of a backend. Nothing for a diagram without a balancer.
 */
export function balancerLines(report: Report, table: Table): string[] {
  const balancers = Object.entries(report.balancers ?? {});
  if (balancers.length === 0) return [];
  const rows = balancers.flatMap(([id, b]) => [
    ...Object.entries(b.backends).map(([backend, x]) => [
      id,
      backend,
      String(x.requests),
      String(x.ejections),
      String(x.healthCheckFailures),
    ]),
    [id, '(no backend)', String(b.noBackend), '-', '-'],
  ]);
  return [
    '',
    'Load balancers (calls sent to each backend)',
    table(['balancer', 'backend', 'calls', 'ejections', 'failed checks'], rows),
  ];
}
