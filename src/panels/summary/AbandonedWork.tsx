import type { Report } from '../../sim/report';
import { useDocumentStore } from '../../store/documentStore';

/**
 * Work finished for nobody, for the run summary: per service or database, the requests it
 * completed after their caller had given up (the report's `abandoned`, counted apart from
 * the work someone waited for). Shown only when there was some.
 */
export function AbandonedWork({ report }: { report: Report }) {
  const nodes = useDocumentStore((s) => s.doc.nodes);
  const wasted = Object.entries(report.nodes).filter(([, n]) => (n.abandoned ?? 0) > 0);
  if (wasted.length === 0) return null;
  const label = (id: string) => nodes.find((n) => n.id === id)?.label ?? id;
  return (
    <>
      <h3>Work for callers who had left</h3>
      <ul aria-label="Work finished after its caller gave up">
        {wasted.map(([id, n]) => (
          <li key={id}>
            {label(id)}: {n.abandoned} requests finished after their caller gave up
          </li>
        ))}
      </ul>
    </>
  );
}
