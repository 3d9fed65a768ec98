import { useState } from 'react';
import { createPortal } from 'react-dom';
import type { Report } from '../../sim/report';
import { useDocumentStore } from '../../store/documentStore';
import { BandChart } from './BandChart';
import { BatchProgress } from './BatchProgress';
import { clientSpreadLines, seedList, seedVerdict } from './seedSummary';
import { seriesBands } from './seriesBands';
import { useRunBatch } from './useRunBatch';
import './seeds.css';

/** Seeds at most in one batch from the panel (the command line has no such cap). */
export const MAX_SEEDS = 1000;

/**
 * "Run 20 seeds": the diagram as it is, over many seeds in the run pool, then the spread —
 * one line per client, the verdict when outcomes split, and the success and latency
 * charts with their p10–p90 and min–max bands.
 */
export function SeedsSection() {
  const [count, setCount] = useState(20);
  const { batch, start, cancel } = useRunBatch();
  const [ran, setRan] = useState<{ reports: Report[]; labels: Map<string, string> } | null>(null);
  const valid = Number.isInteger(count) && count >= 1 && count <= MAX_SEEDS;

  const run = async () => {
    const doc = useDocumentStore.getState().doc;
    setRan(null);
    const end = await start(seedList(doc.scenario.seed, count).map((seed) => ({ doc, seed })));
    const reports = end.results.flatMap((r) => (r?.ok ? [r.report] : []));
    if (reports.length > 0)
      setRan({ reports, labels: new Map(doc.nodes.map((n) => [n.id, n.label || n.id])) });
  };

  const bands = ran ? seriesBands(ran.reports) : null;
  const lines = ran ? clientSpreadLines(ran.reports, (id) => ran.labels.get(id) ?? id) : [];
  const verdict = ran ? seedVerdict(ran.reports) : null;
  return (
    <section className="seeds-section" aria-labelledby="seeds-title">
      <h3 id="seeds-title">Seeds</h3>
      <div className="seeds-row">
        <label>
          Seeds{' '}
          <input
            type="number"
            min={1}
            max={MAX_SEEDS}
            value={Number.isFinite(count) ? count : ''}
            onChange={(e) => setCount(e.target.valueAsNumber)}
            aria-invalid={!valid}
          />
        </label>
        <button type="button" onClick={run} disabled={!valid || batch.status === 'running'}>
          Run {valid ? count : ''} seeds
        </button>
      </div>
      {valid ? null : (
        <p className="seeds-error" role="alert">
          The number of seeds must be a whole number from 1 to {MAX_SEEDS}.
        </p>
      )}
      <BatchProgress batch={batch} onCancel={cancel} noun="runs" />
      {ran && bands ? (
        <>
          <ul className="seeds-lines" aria-label="Spread per client">
            {lines.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
          {verdict ? (
            <p className="seeds-verdict" role="status">
              {verdict}
            </p>
          ) : null}
          <div className="seeds-charts">
            <BandChart
              title="Client success (%)"
              unit="%"
              x={bands.x}
              band={bands.success}
              colour="#16a34a"
              runs={ran.reports.length}
            />
            <BandChart
              title="Client latency, slowest client's p99 (ms)"
              unit="ms"
              x={bands.x}
              band={bands.latencyP99}
              colour="#2563eb"
              runs={ran.reports.length}
            />
          </div>
        </>
      ) : null}
    </section>
  );
}

/**
 * The floating panel the run bar's "Seeds and sweeps" opens. It is drawn into the page's
 * body: the run panels are a containment box, which would clip anything fixed inside them.
 */
export function SeedsPanel({ onClose }: { onClose: () => void }) {
  return createPortal(
    <section className="seeds-panel" role="dialog" aria-modal="false" aria-labelledby="seeds-panel-title">
      <header className="seeds-panel__head">
        <h2 id="seeds-panel-title">Seeds and sweeps</h2>
        <button type="button" onClick={onClose}>
          Close
        </button>
      </header>
      <SeedsSection />
    </section>,
    document.body,
  );
}
