import type { DiagramNode } from '../../model/nodes';
import { littlesLaw } from '../../model/theory/queueing';
import type { NodeReport, Report } from '../../sim/report';

/** Within this relative difference, L = λW holds (figures of one run: bookkeeping, not chance). */
export const LITTLE_HOLDS_BELOW = 0.01;

/** What a Little's law line means, in words: it holds, or what makes L and λW part. */
export function littleMeaning(node: NodeReport, relativeDifference: number): string {
  if (relativeDifference < LITTLE_HOLDS_BELOW) return 'holds';
  const parts: string[] = [];
  if ((node.abandoned ?? 0) > 0) parts.push(`${node.abandoned} answers came after their caller gave up`);
  if (node.failed > 0) parts.push(`${node.failed} requests failed in it`);
  if (parts.length === 0) parts.push('requests were still inside at the end');
  return `off: ${parts.join(', ')}; they count in L but not in W`;
}

/**
 * The run summary's check of Little's law on every service and database that received
 * work: L (the time-averaged number in the node) against λW (its successes per second
 * times their mean time in it), and what a difference means.
 */
export function LittlesLawSummary({
  report,
  nodes,
  label,
}: {
  report: Report;
  nodes: readonly DiagramNode[];
  label: (id: string) => string;
}) {
  const rows = nodes
    .filter((n) => n.kind === 'service' || n.kind === 'database')
    .flatMap((n) => {
      const r = report.nodes[n.id];
      if (!r || r.received === 0 || r.meanInSystem === undefined) return [];
      const check = littlesLaw(r.meanInSystem, r.ok / report.duration, r.latencyMs.mean);
      return [{ id: n.id, r, check }];
    });
  if (rows.length === 0 || report.duration <= 0) return null;
  return (
    <>
      <table>
        <caption>Little's law (L = λW) per node</caption>
        <thead>
          <tr>
            <th scope="col">Node</th>
            <th scope="col">L</th>
            <th scope="col">λW</th>
            <th scope="col">Difference</th>
            <th scope="col">Meaning</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ id, r, check }) => (
            <tr key={id}>
              <th scope="row">{label(id)}</th>
              <td>{check.L.toFixed(2)}</td>
              <td>{check.lambdaW.toFixed(2)}</td>
              <td>{(check.relativeDifference * 100).toFixed(1)} %</td>
              <td>{littleMeaning(r, check.relativeDifference)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>
        L is the mean number of requests in the node, λ its successes per second, W their mean time in it.
        Within one run they agree (to 1 %) when every request that enters is answered to a caller still
        waiting.
      </p>
    </>
  );
}
