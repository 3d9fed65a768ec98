import { useEffect, useMemo, useState } from 'react';
import type { Fault, FaultlineDocument } from '../../model';
import { encodeShareLink } from '../../model/shareLink';
import { useUiStore } from '../../store/uiStore';
import { appBase } from '../share/shareUrls';
import { alignPair } from './alignPair';
import { momentAt } from './clockMoment';
import { runToEnd, type SideRun } from './runToEnd';
import { SharedClockBar } from './SharedClockBar';
import { diffLine, diffSummaries, summarize } from './summaryDiff';
import { useLinkedPlayers } from './useLinkedPlayers';
import '../share/share.css';
import './compare.css';

export interface CompareViewProps {
  left: FaultlineDocument;
  right: FaultlineDocument;
  /** Back to the editor (in-app); omitted on the `?compare` page. */
  onBack?: () => void;
}

/** The linked player for one side: this app's `?embed&linked` page with the document in the fragment. */
function playerUrl(doc: FaultlineDocument, theme: 'light' | 'dark' | 'system'): string {
  const themeOption = theme === 'system' ? '' : `&theme=${theme}`;
  return `${appBase(window.location)}?embed&linked${themeOption}${encodeShareLink(doc)}`;
}

function describeFault(f: Fault): string {
  return `${f.kind} of ${f.target} at ${f.startS} s for ${f.durationS} s`;
}

/** The whole-run computation behind the summary (the players show the run as it goes). */
function SideStatus({ run }: { run: SideRun }) {
  if (run.state === 'running')
    return (
      <p className="fl-muted" role="status">
        Computing the summary… {Math.round(run.fraction * 100)} %
      </p>
    );
  if (run.state === 'failed') return <p role="alert">The run failed: {run.message}</p>;
  return run.report.status === 'finished' ? null : <p className="fl-muted">Run {run.report.status}.</p>;
}

/**
 * Two documents side by side (DESIGN.md "Compare"): one seed, one duration and the same
 * fault timeline for both. Each side is a live player (moving messages, health, backlog)
 * and one clock plays, pauses, steps and scrubs both; each is also run to its end in its
 * own worker for the diff of their summaries ("client failures: 498 vs 0").
 */
export function CompareView({ left, right, onBack }: CompareViewProps) {
  const pair = useMemo(() => alignPair(left, right), [left, right]);
  const [runs, setRuns] = useState<[SideRun, SideRun]>([
    { state: 'running', fraction: 0 },
    { state: 'running', fraction: 0 },
  ]);
  const players = useLinkedPlayers();
  // The second both players have reached: the moment each side's line describes.
  const second = Math.floor(players.clock.tMs / 1000);
  const theme = useUiStore((s) => s.theme);
  const urls = useMemo(() => [playerUrl(pair.left, theme), playerUrl(pair.right, theme)], [pair, theme]);

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
          const moment = report ? momentAt(report.series, second) : null;
          return (
            <section
              key={sides[i]}
              className="fl-compare__side"
              aria-label={`${sides[i] === 'left' ? 'Left' : 'Right'}: ${doc.title}`}
            >
              <h2>{doc.title}</h2>
              <iframe
                ref={players.frameRefs[i]}
                className="fl-compare__player"
                title={`${sides[i] === 'left' ? 'Left' : 'Right'} player: ${doc.title}`}
                src={urls[i]}
              />
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
      <SharedClockBar players={players} durationS={durationS} />
      {bothDone && (
        <>
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
