import { useEffect, useMemo, useState } from 'react';
import type { FaultlineDocument } from '../../model';
import { encodeShareLink } from '../../model/shareLink';
import { useUiStore } from '../../store/uiStore';
import { appBase } from '../share/shareUrls';
import { type AlignedPair, alignPair } from './alignPair';
import { CompareShare } from './CompareShare';
import { momentAt } from './clockMoment';
import { compareUrl } from './compareRoute';
import { partName } from './partNames';
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
  /** In someone else's page (`?compare&embed`): no editor links, an "Open in Faultline" instead. */
  embedded?: boolean;
}

/** The linked player for one side: this app's `?embed&linked` page with the document in the fragment. */
function playerUrl(doc: FaultlineDocument, theme: 'light' | 'dark' | 'system'): string {
  const themeOption = theme === 'system' ? '' : `&theme=${theme}`;
  return `${appBase(window.location)}?embed&linked${themeOption}${encodeShareLink(doc)}`;
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

/** Where the person can go from here: the editor they came from, or the full page. */
function HeaderLinks({
  left,
  right,
  onBack,
  embedded,
}: Omit<CompareViewProps, 'embedded'> & { embedded: boolean }) {
  if (onBack)
    return (
      <button type="button" className="fl-button" onClick={onBack}>
        Back to the editor
      </button>
    );
  if (embedded)
    return (
      <a
        className="fl-button"
        href={compareUrl(appBase(window.location), left, right)}
        target="_blank"
        rel="noopener noreferrer"
      >
        Open in Faultline
      </a>
    );
  // The `?compare` page opened on its own: the editor is the same app without the query.
  return (
    <a className="fl-button" href={window.location.pathname}>
      Open the editor
    </a>
  );
}

/** One sentence on what both runs share, and what the right one runs without (by name). */
function FaultsLine({
  seed,
  durationS,
  shared,
  unmatched,
}: {
  seed: number;
  durationS: number;
  shared: string[];
  unmatched: AlignedPair['unmatched'];
}) {
  return (
    <div className="fl-muted" data-testid="compare-faults">
      <p>
        Both run with seed {seed} for {durationS} s
        {shared.length > 0
          ? ` and the same faults: ${shared.join('; ')}.`
          : unmatched.length > 0
            ? ', with no fault in common.'
            : ', with no faults.'}
      </p>
      {unmatched.length > 0 && (
        <ul className="fl-compare__unmatched" aria-label="Not matched on the right">
          {unmatched.map((u) => (
            <li key={`${u.what}|${u.reason}`}>
              Not matched: {u.what} ({u.reason}); the right side runs without it.
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/**
 * Two documents side by side (docs/embedding.md "The compare page"): one seed, one
 * duration and the same fault timeline for both, faults matched by part name. Each side is a live player (moving messages, health, backlog)
 * and one clock plays, pauses, steps and scrubs both; each is also run to its end in its
 * own worker for the diff of their summaries ("client failures: 498 vs 0").
 */
export function CompareView({ left, right, onBack, embedded = false }: CompareViewProps) {
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
        <HeaderLinks left={left} right={right} onBack={onBack} embedded={embedded} />
      </header>
      {!embedded && <CompareShare left={left} right={right} />}
      <FaultsLine
        seed={pair.left.scenario.seed}
        durationS={durationS}
        shared={pair.sharedFaults}
        unmatched={pair.unmatched}
      />
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
                  {moment.down.length > 0
                    ? `; down: ${moment.down.map((id) => partName(doc, id)).join(', ')}`
                    : ''}
                  .
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
