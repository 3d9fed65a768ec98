import { useMemo, useState } from 'react';
import { createPortal } from 'react-dom';
import { useDocumentStore } from '../../store/documentStore';
import type { RunOutcomes } from '../../sweeps';
import { BandChart } from './BandChart';
import { BatchProgress } from './BatchProgress';
import { SweepSection } from './SweepSection';
import { bandColumns, clientsOf, seedLines, seedsFrom } from './seedSpread';
import { useRunBatch } from './useRunBatch';
import './seeds.css';

/** Seeds at most in one batch from the panel. */
export const MAX_PANEL_SEEDS = 1000;

interface SeedRun {
  runs: RunOutcomes[];
  labels: Map<string, string>;
}

/**
 * "Run 20 seeds": the diagram as it is, over many seeds (from its own on) in the run pool,
 * then the spread — one line per client, the verdict when outcomes split, and the client's
 * success and latency charts with their p10–p90 and min–max bands.
 */
export function SeedsSection() {
  const [count, setCount] = useState(20);
  const { batch, start, cancel } = useRunBatch();
  const [ran, setRan] = useState<SeedRun | null>(null);
  const [client, setClient] = useState<string | null>(null);
  const valid = Number.isInteger(count) && count >= 1 && count <= MAX_PANEL_SEEDS;

  const run = async () => {
    const doc = useDocumentStore.getState().doc;
    setRan(null);
    const end = await start(
      seedsFrom(doc.scenario.seed, count).map((seed) => ({ doc, seed, keepSeries: true })),
    );
    const runs = end.results.flatMap((r) => (r?.ok && r.outcomes ? [r.outcomes] : []));
    if (runs.length > 0) setRan({ runs, labels: new Map(doc.nodes.map((n) => [n.id, n.label || n.id])) });
  };

  const nameOf = (id: string) => ran?.labels.get(id) ?? id;
  const clients = ran ? clientsOf(ran.runs) : [];
  const shown = client !== null && clients.includes(client) ? client : clients[0];
  const lines = ran ? seedLines(ran.runs, nameOf) : [];
  // Built once per result and client: a new band object rebuilds its chart.
  const bands = useMemo(
    () =>
      ran && shown
        ? { success: bandColumns(ran.runs, shown, 'success'), p99: bandColumns(ran.runs, shown, 'p99') }
        : null,
    [ran, shown],
  );
  return (
    <section className="seeds-section" aria-labelledby="seeds-title">
      <h3 id="seeds-title">Seeds</h3>
      <div className="seeds-row">
        <label>
          Number of seeds{' '}
          <input
            type="number"
            min={1}
            max={MAX_PANEL_SEEDS}
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
          The number of seeds must be a whole number from 1 to {MAX_PANEL_SEEDS}.
        </p>
      )}
      <BatchProgress batch={batch} onCancel={cancel} noun="runs" />
      {ran ? (
        <>
          <ul className="seeds-lines" aria-label="Spread per client">
            {lines.map((l) => (
              <li key={l.client}>
                {l.line}
                {l.verdict ? <strong className="seeds-verdict">: {l.verdict}</strong> : null}
              </li>
            ))}
          </ul>
          {clients.length > 1 ? (
            <label>
              Charts of{' '}
              <select value={shown} onChange={(e) => setClient(e.target.value)}>
                {clients.map((c) => (
                  <option key={c} value={c}>
                    {nameOf(c)}
                  </option>
                ))}
              </select>
            </label>
          ) : null}
          {shown && bands ? (
            <div className="seeds-charts">
              <BandChart
                title={`${nameOf(shown)} success (%)`}
                unit="%"
                xLabel="s"
                band={bands.success}
                colour="#16a34a"
                runs={ran.runs.length}
              />
              <BandChart
                title={`${nameOf(shown)} latency p99 (ms)`}
                unit="ms"
                xLabel="s"
                band={bands.p99}
                colour="#2563eb"
                runs={ran.runs.length}
              />
            </div>
          ) : null}
        </>
      ) : null}
    </section>
  );
}

/**
 * The floating panel the run bar's "Seeds and sweeps" opens; Close or Escape hides it, and
 * runs go on meanwhile. It is drawn into the page's body: the run panels are a containment
 * box, which would clip anything fixed inside them.
 */
export function SeedsPanel({ open, onClose }: { open: boolean; onClose: () => void }) {
  return createPortal(
    <section
      className="seeds-panel"
      role="dialog"
      aria-modal="false"
      aria-labelledby="seeds-panel-title"
      hidden={!open}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          onClose();
        }
      }}
    >
      <header className="seeds-panel__head">
        <h2 id="seeds-panel-title">Seeds and sweeps</h2>
        <button type="button" onClick={onClose}>
          Close
        </button>
      </header>
      <SeedsSection />
      <SweepSection />
    </section>,
    document.body,
  );
}
