import { useEffect } from 'react';
import { costOf, designChanged, formatCost, goalLabel } from '../../challenges';
import type { FaultlineDocument } from '../../model/schema';
import { useDocumentStore } from '../../store/documentStore';
import { useUiStore } from '../../store/uiStore';
import { checkNow, leaveChallenge, revealHint, solutionLink } from './challengeMode';
import { useChallengeStore } from './challengeStore';
import { Scorecard } from './Scorecard';
import { showMoment } from './showMoment';
import './challenges.css';

/** The design's cost, following every edit ("$412 per month"). */
function LiveCost({ budget }: { budget: number }) {
  const total = useDocumentStore((s) => costOf(s.doc).total);
  return (
    <p className="fl-challenge-bar__cost" data-testid="challenge-cost">
      Cost <strong>{formatCost(total)}</strong> · budget {formatCost(budget)}
      {total > budget ? <span className="fl-challenge-bar__over"> (over budget)</span> : null}
    </p>
  );
}

/** Copies the solution link; where the clipboard is refused, says where to find it. */
async function copySolutionLink(): Promise<string> {
  const link = solutionLink();
  if (!link) return '';
  try {
    await navigator.clipboard.writeText(link);
    return 'Solution link copied: whoever opens it sees your design and can check it.';
  } catch {
    return `Copy this solution link: ${link}`;
  }
}

/**
 * Challenge mode's bar over the canvas: the title and brief, the goals, the budget and the
 * live cost, hints one at a time, Check (in a worker) with its scorecard, the solution
 * link, and Leave.
 */
export function ChallengeBar() {
  const active = useChallengeStore((s) => s.active);
  const hintsShown = useChallengeStore((s) => s.hintsShown);
  const check = useChallengeStore((s) => s.check);
  // The bar takes height from the canvas: bring the challenge's diagram back into view.
  useEffect(() => {
    if (active) useUiStore.getState().revealNodes(useDocumentStore.getState().doc.nodes.map((n) => n.id));
  }, [active]);
  if (!active) return null;
  const { challenge } = active;
  const hints = challenge.hints.slice(0, hintsShown);
  return (
    <section className="fl-challenge-bar" aria-label="Challenge">
      <div className="fl-challenge-bar__head">
        <h2 className="fl-challenge-bar__title">
          <span className="fl-challenge-bar__kind">Challenge · {challenge.difficulty}</span> {challenge.title}
        </h2>
        <div className="fl-row">
          <button
            type="button"
            className="fl-button fl-button--primary"
            onClick={() => void checkNow()}
            disabled={check.state === 'checking'}
          >
            {check.state === 'checking' ? 'Checking…' : 'Check'}
          </button>
          <button
            type="button"
            className="fl-button"
            onClick={() =>
              void copySolutionLink().then((text) => text && useChallengeStore.setState({ copied: text }))
            }
          >
            Copy solution link
          </button>
          <button type="button" className="fl-button" onClick={leaveChallenge}>
            Leave
          </button>
        </div>
      </div>
      <p className="fl-challenge-bar__brief">{challenge.brief}</p>
      <div className="fl-challenge-bar__facts">
        <div>
          <h3 className="fl-challenge-bar__sub">Goals (every seed: {challenge.seeds.join(', ')})</h3>
          <ul className="fl-challenge-bar__goals">
            {challenge.goals.map((g) => (
              <li key={JSON.stringify(g)}>{goalLabel(g, challenge.budget)}</li>
            ))}
          </ul>
        </div>
        <LiveCost budget={challenge.budget} />
      </div>
      {challenge.hints.length > 0 ? (
        <div className="fl-challenge-bar__hints">
          {hints.length > 0 ? (
            <ol aria-label="Hints">
              {hints.map((h) => (
                <li key={h}>{h}</li>
              ))}
            </ol>
          ) : null}
          {hintsShown < challenge.hints.length ? (
            <button type="button" className="fl-button" onClick={revealHint}>
              Show a hint ({hintsShown + 1} of {challenge.hints.length})
            </button>
          ) : null}
        </div>
      ) : null}
      <CopiedNote />
      <div aria-live="polite">
        {check.state === 'failed' ? (
          <p className="fl-warning" role="alert">
            {check.message}
          </p>
        ) : null}
        {check.state === 'done' ? (
          <>
            <OutOfDate checked={check.doc} />
            <Scorecard card={check.card} debrief={challenge.debrief} onShowMoment={showMoment} />
            <p className="fl-muted" data-testid="check-time">
              Checked in {(check.wallMs / 1000).toFixed(2)} s.
            </p>
          </>
        ) : null}
      </div>
    </section>
  );
}

/** Says so when the design changed since the scorecard was made: it scores the design as it was. */
function OutOfDate({ checked }: { checked: FaultlineDocument }) {
  const changed = useDocumentStore((s) => designChanged(checked, s.doc));
  return changed ? (
    <p className="fl-warning" role="status" data-testid="scorecard-out-of-date">
      The diagram changed since this check: the scorecard below is for the design as it was. Check again to
      score it.
    </p>
  ) : null;
}

/** What copying the solution link did. */
function CopiedNote() {
  const copied = useChallengeStore((s) => s.copied);
  return copied ? (
    <p className="fl-muted" role="status">
      {copied}
    </p>
  ) : null;
}
