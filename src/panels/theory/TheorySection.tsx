import { useMemo } from 'react';
import { applicability } from '../../model/theory/applicability';
import { modelName, predict } from '../../model/theory/predict';
import { useDocumentStore } from '../../store/documentStore';
import { useRunStore } from '../../store/runHooks';
import { measuredFigures, theoryRows } from './theoryFigures';
import './theory.css';

const rate = (x: number) => `${Number(x.toFixed(1))}/s`;

/**
 * The inspector's Theory section for a service or database: where queueing theory applies
 * (model/theory/applicability.ts), its prediction beside what the run measured; where it does
 * not, why. Loaded on first use and shown after the inspector is painted (LazyTheory.tsx).
 */
export function TheorySection({ nodeId }: { nodeId: string }) {
  const doc = useDocumentStore((s) => s.doc);
  const runFaults = useRunStore((s) => s.faults);
  const report = useRunStore((s) => s.report);
  // A loaded run's faults include the live ones; before a run, the scenario's.
  const faults = runFaults.length > 0 ? runFaults : doc.scenario.faults;
  const verdict = useMemo(() => applicability(doc, nodeId, faults), [doc, nodeId, faults]);
  const measured = measuredFigures(report, nodeId);

  return (
    <section className="fl-theory" aria-labelledby="theory-heading">
      <h3 id="theory-heading" className="fl-group__title fl-theory__title">
        Theory
      </h3>
      {verdict.applies ? (
        <>
          <p className="fl-inspector__hint">
            {modelName(verdict.model, verdict.params)}: Poisson arrivals at {rate(verdict.params.lambda)},{' '}
            {verdict.params.c} worker{verdict.params.c === 1 ? '' : 's'} serving {rate(verdict.params.mu)}{' '}
            each,{' '}
            {verdict.params.K === null
              ? 'unlimited backlog'
              : `${verdict.params.K - verdict.params.c} places in the backlog`}
            .
          </p>
          <table className="fl-theory__table">
            <caption>Measured and predicted</caption>
            <thead>
              <tr>
                <th scope="col">Figure</th>
                <th scope="col">Measured</th>
                <th scope="col">Predicted</th>
                <th scope="col">Difference</th>
              </tr>
            </thead>
            <tbody>
              {theoryRows(predict(verdict.model, verdict.params), measured).map((row) => (
                <tr key={row.figure}>
                  <th scope="row">{row.figure}</th>
                  <td>{row.measured}</td>
                  <td>{row.predicted}</td>
                  <td>{row.difference}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="fl-inspector__hint">
            {measured
              ? 'Measured over the whole run; a short run differs by a few percent through chance alone.'
              : 'The measured figures appear when the run reaches its end.'}
          </p>
        </>
      ) : (
        <>
          <p className="fl-inspector__hint">Queueing theory does not apply here:</p>
          <ul aria-label="Why theory does not apply" className="fl-theory__reasons">
            {verdict.reasons.map((r) => (
              <li key={r}>{r}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
