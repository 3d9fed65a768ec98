import { useEffect, useMemo, useState } from 'react';
import type { Fault, FaultlineDocument } from '../../model';
import { diagramSvg } from '../export/diagramSvg';
import { alignPair } from './alignPair';
import { momentAt } from './clockMoment';
import { runToEnd, type SideRun } from './runToEnd';
import { diffLine, diffSummaries, summarize } from './summaryDiff';
import '../share/share.css';
import './compare.css';

export interface CompareViewProps {
  left: FaultlineDocument;
  right: FaultlineDocument;
  /** Back to the editor (in-app); omitted on the `?compare` page. */
  onBack?: () => void;
}

function svgDataUrl(doc: FaultlineDocument): string {
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(diagramSvg(doc))}`;
}

function describeFault(f: Fault): string {
  return `${f.kind} of ${f.target} at ${f.startS} s for ${f.durationS} s`;
}

function SideStatus({ run }: { run: SideRun }) {
  if (run.state === 'running')
    return (
      <p className="fl-muted" role="status">
        Running… {Math.round(run.fraction * 100)} %
      </p>
    );
  if (run.state === 'failed') return <p role="alert">The run failed: {run.message}</p>;
  return <p className="fl-muted">Run {run.report.status}.</p>;
}

/**
 * Two documents side by side (DESIGN.md "Compare"): one seed, one duration and the same
 * fault timeline for both, each run to its end in its own worker; one clock to scrub both
 * runs second by second, and a diff of their summaries ("client failures: 498 vs 0").
 */
export function CompareView({ left, right, onBack }: CompareViewProps) {
  const pair = useMemo(() => alignPair(left, right), [left, right]);
  const [runs, setRuns] = useState<[SideRun, SideRun]>([
    { state: 'running', fraction: 0 },
    { state: 'running', fraction: 0 },
  ]);
  const [t, setT] = useState<number | null>(null);

  useEffect(() => {
    const stops = ([pair.left, pair.right] as const).map((doc, side) =>
      runToEnd(doc, (run) =>
        setRuns((prev) => {
          const next: [SideRun, SideRun] = [prev[0], prev[1]];
          next[side] = run;
          return next;
        }),
      ),
    );
    return () => {
      for (const stop of stops) stop();
    };
  }, [pair]);

  const reports = runs.map((r) => (r.state === 'done' ? r.report : null));
  const bothDone = reports[0] !== null && reports[1] !== null;
  const rows = bothDone ? diffSummaries(summarize(reports[0]!), summarize(reports[1]!)) : [];
  const durationS = pair.left.scenario.durationS;
  const shownT = t ?? durationS - 1;
  const docs = [pair.left, pair.right];
  const sides = ['left', 'right'] as const;

  return (
    <main className="fl-compare" aria-labelledby="fl-compare-title">
      <header className="fl-compare__header">
        <h1 id="fl-compare-title">
          Compare: {pair.left.title} <span className="fl-muted">vs</span> {pair.right.title}
        </h1>
        {onBack && (
          <button type="button" className="fl-button" onClick={onBack}>
            Back to the editor
          </button>
        )}
      </header>
      <p className="fl-muted">
        Both run with seed {pair.left.scenario.seed} for {durationS} s and the same faults:{' '}
        {pair.left.scenario.faults.length === 0
          ? 'none'
          : pair.right.scenario.faults.map(describeFault).join('; ')}
        .
        {pair.skippedFaults.length > 0 &&
          ` Not on the right (no such part there): ${pair.skippedFaults.map(describeFault).join('; ')}.`}
      </p>
      <div className="fl-compare__sides">
        {docs.map((doc, i) => {
          const report = reports[i];
          const moment = report ? momentAt(report.series, shownT) : null;
          return (
            <section
              key={sides[i]}
              className="fl-compare__side"
              aria-label={`${sides[i] === 'left' ? 'Left' : 'Right'}: ${doc.title}`}
            >
              <h2>{doc.title}</h2>
              <img className="fl-compare__picture" src={svgDataUrl(doc)} alt={`Diagram of ${doc.title}`} />
              <SideStatus run={runs[i]} />
              {moment && (
                <p className="fl-compare__moment" data-testid={`moment-${sides[i]}`}>
                  At {moment.t} s: {moment.sent} sent, {moment.failed} failed this second,{' '}
                  {moment.failedSoFar} failed so far
                  {moment.queued > 0 ? `, ${moment.queued} waiting in queues` : ''}
                  {moment.down.length > 0 ? `; down: ${moment.down.join(', ')}` : ''}.
                </p>
              )}
            </section>
          );
        })}
      </div>
      {bothDone && (
        <>
          <div className="fl-compare__clock">
            <label htmlFor="fl-compare-clock">One clock for both runs: {shownT} s</label>
            <input
              id="fl-compare-clock"
              type="range"
              min={0}
              max={Math.max(0, durationS - 1)}
              step={1}
              value={shownT}
              onChange={(e) => setT(Number(e.currentTarget.value))}
            />
          </div>
          <table className="fl-compare__diff" aria-label="Summary of both runs">
            <thead>
              <tr>
                <th scope="col">Measure</th>
                <th scope="col">{pair.left.title}</th>
                <th scope="col">{pair.right.title}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.key} aria-label={diffLine(row)}>
                  <th scope="row">{row.label}</th>
                  <td className={row.better === 'left' ? 'fl-better' : undefined}>{row.left}</td>
                  <td className={row.better === 'right' ? 'fl-better' : undefined}>{row.right}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <ul className="fl-compare__lines" data-testid="compare-summary">
            {rows
              .filter(
                (r) =>
                  r.key === 'clientFailures' ||
                  r.key === 'p99Ms' ||
                  r.key === 'completed' ||
                  r.key === 'lost',
              )
              .map((r) => (
                <li key={r.key}>{diffLine(r)}</li>
              ))}
          </ul>
        </>
      )}
    </main>
  );
}
