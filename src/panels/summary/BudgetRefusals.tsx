import type { Report } from '../../sim/report';
import { useDocumentStore } from '../../store/documentStore';

/**
 * The retries each edge's retry budget refused to send, for the run summary: shown only
 * when some edge of the run has a retry budget (the report says nothing of budgets otherwise).
 */
export function BudgetRefusals({ report }: { report: Report }) {
  const doc = useDocumentStore((s) => s.doc);
  const budgeted = Object.entries(report.edges).filter(([, e]) => e.retryBudgetRefused !== undefined);
  if (budgeted.length === 0) return null;
  const nodeLabel = (id: string) => doc.nodes.find((n) => n.id === id)?.label ?? id;
  const edgeLabel = (id: string) => {
    const edge = doc.edges.find((e) => e.id === id);
    return edge ? `${nodeLabel(edge.source)} → ${nodeLabel(edge.target)}` : id;
  };
  return (
    <>
      <h3>Retry budgets</h3>
      <ul aria-label="Retries refused by a retry budget">
        {budgeted.map(([id, e]) => (
          <li key={id}>
            {edgeLabel(id)}: {e.retryBudgetRefused} retries refused, {e.retries} sent
          </li>
        ))}
      </ul>
    </>
  );
}
