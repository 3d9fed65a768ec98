import { useEffect, useState, useSyncExternalStore } from 'react';
import type { Scorecard } from '../../challenges/scorecard';
import type { FaultlineDocument } from '../../model';
import { latestSubmissions, type RoomHandout, SUBMISSIONS_DOC, type Submission } from '../../room/protocol';
import { createCheckClient } from '../challenges/checkClient';
import { Stars } from '../challenges/Stars';
import { compareUrl } from '../compare/compareRoute';
import { loadDecoder } from '../decoder';
import { appBase, shareUrl } from '../share/shareUrls';
import { openHandoutChallenge, solutionFragment } from './challengeHandout';
import { type CardRank, cardRank, rankByScorecard } from './challengeRanking';
import type { RoomConnection } from './roomConnection';
import { decodeRoomDocument } from './roomFollower';
import { describeScore, rankByScore, type Score, scoreDocument } from './scorecard';

/** A submission as the board shows it: decoded and scored (or why not). */
interface Row {
  submission: Submission;
  doc: FaultlineDocument | null;
  score: Score | null;
  problem: string | null;
  /** For a challenge's solution: its scorecard, what ranks it, and the link that opens it in challenge mode. */
  card?: Scorecard;
  rank?: CardRank | null;
  openFragment?: string;
}

/** The latest submission of each follower to `handoutId`, from the submissions document. */
function useSubmissions(connection: RoomConnection, handoutId: string | null): Submission[] {
  const list = connection.doc.getArray<Submission>(SUBMISSIONS_DOC.submissions);
  const [version, setVersion] = useState(0);
  useEffect(() => {
    const bump = () => setVersion((v) => v + 1);
    list.observe(bump);
    return () => list.unobserve(bump);
  }, [list]);
  void version; // a change of the list: read it again
  return latestSubmissions(list.toArray().filter((s) => handoutId === null || s.handoutId === handoutId));
}

/** Scores, kept for the page's life: each submission is run once (five seeds, in a worker). */
const scores = new Map<string, Row>();
const scoreListeners = new Set<() => void>();
let scoring: Promise<void> = Promise.resolve();
let scoreVersion = 0;

/** The handouts seen in this page's life, by id: a submission is graded by the one it answers. */
const handouts = new Map<string, RoomHandout>();
/** Challenge checks, in a worker of their own (started on the first challenge submission). */
let checks: ReturnType<typeof createCheckClient> | null = null;

/** Grades a solution with the challenge's own check (`checkChallenge`, in a worker). */
async function gradeSolution(
  submission: Submission,
  doc: FaultlineDocument,
  handout: RoomHandout,
): Promise<Row> {
  const opened = handout.kind === 'challenge' ? openHandoutChallenge(handout) : null;
  if (!opened)
    return {
      submission,
      doc,
      score: null,
      problem: 'The challenge handed out cannot be opened.',
      rank: null,
    };
  checks ??= createCheckClient();
  const outcome = await checks.check(opened.challenge, opened.start, doc);
  const openFragment = solutionFragment(opened, doc);
  if (!outcome.ok)
    return { submission, doc, score: null, problem: outcome.message, rank: null, openFragment };
  return {
    submission,
    doc,
    score: null,
    problem: null,
    card: outcome.card,
    rank: cardRank(outcome.card),
    openFragment,
  };
}

/** "3 of 3 goals met · $412 per month" (or why the solution was refused). */
function describeCard(card: Scorecard, rank: CardRank): string {
  if (rank.refused) return `Refused: ${card.refusals[0] ?? 'it changed what the challenge locks'}`;
  return `${rank.goalsMet} of ${rank.goals} goals met · $${Math.round(rank.cost).toLocaleString('en-US')} per month`;
}

function scoreLater(submission: Submission): void {
  if (scores.has(submission.id)) return;
  const show = (row: Row) => {
    scores.set(submission.id, row);
    scoreVersion += 1;
    for (const l of scoreListeners) l();
  };
  scores.set(submission.id, { submission, doc: null, score: null, problem: null });
  // One at a time: the machine keeps its other core for the page.
  scoring = scoring.then(async () => {
    try {
      // Every diagram from the room goes through the one decoder (fetched on first use).
      await loadDecoder();
      const decoded = decodeRoomDocument(submission.document);
      if (!decoded.ok) return show({ submission, doc: null, score: null, problem: decoded.message });
      const handout = handouts.get(submission.handoutId);
      if (handout?.kind === 'challenge') {
        show({ submission, doc: decoded.doc, score: null, problem: null, rank: null });
        return show(await gradeSolution(submission, decoded.doc, handout));
      }
      show({ submission, doc: decoded.doc, score: null, problem: null });
      show({ submission, doc: decoded.doc, score: await scoreDocument(decoded.doc), problem: null });
    } catch (e) {
      show({
        submission,
        doc: scores.get(submission.id)?.doc ?? null,
        score: null,
        problem: `The check stopped: ${e instanceof Error ? e.message : String(e)}`,
      });
    }
  });
}

/**
 * The presenter's board of what followers handed back for the current handout: each
 * follower's latest diagram, run over five seeds and ranked by client success — or, for a
 * challenge, graded by the challenge's own check and ranked by its scorecard (goals met,
 * stars, cost). Any one opens in a new tab (for the big screen; a solution in challenge
 * mode); two ticked open side by side in the compare view.
 */
export function SubmissionsBoard({
  connection,
  handout,
}: {
  connection: RoomConnection;
  handout: RoomHandout | null;
}) {
  if (handout) handouts.set(handout.id, handout);
  const handoutId = handout?.id ?? null;
  const submissions = useSubmissions(connection, handoutId);
  useSyncExternalStore(
    (l) => {
      scoreListeners.add(l);
      return () => scoreListeners.delete(l);
    },
    () => scoreVersion,
  );
  for (const s of submissions) scoreLater(s);
  const listed = submissions.map((s) => scores.get(s.id)).filter((r): r is Row => r !== undefined);
  // Solutions to a challenge rank by the scorecard; other diagrams by client success.
  // (With nothing handed out, the board lists the last submissions: still by scorecard
  // when they answered a challenge.)
  const byCard = handout
    ? handout.kind === 'challenge'
    : listed.some((r) => handouts.get(r.submission.handoutId)?.kind === 'challenge');
  const rows = byCard
    ? rankByScorecard(listed.map((r) => ({ ...r, rank: r.rank ?? null })))
    : rankByScore(listed);
  const [ticked, setTicked] = useState<string[]>([]);
  const base = appBase(window.location);
  const pair = ticked.map((id) => rows.find((r) => r.submission.id === id)?.doc ?? null);

  if (rows.length === 0) return <p className="room-board__empty">No submissions yet.</p>;
  return (
    <div className="room-board">
      <ol className="room-board__list" aria-label="Submissions, best first">
        {rows.map((row, i) => (
          <li key={row.submission.id} className="room-board__row" data-testid="submission">
            <span className="room-board__rank">{i + 1}.</span>
            <span className="room-board__name">
              {row.submission.name || `Participant ${row.submission.from.slice(0, 4)}`}
            </span>
            <span className="room-board__score">
              {row.problem ??
                (row.card && row.rank
                  ? describeCard(row.card, row.rank)
                  : row.score
                    ? describeScore(row.score)
                    : 'Checking…')}
            </span>
            {row.card && row.rank && !row.rank.refused ? <Stars stars={row.card.stars} /> : null}
            {row.doc ? (
              <>
                <a
                  href={shareUrl(base, row.openFragment ?? `#d=${row.submission.document}`)}
                  target="_blank"
                  rel="noopener"
                >
                  Open
                </a>
                <label>
                  <input
                    type="checkbox"
                    checked={ticked.includes(row.submission.id)}
                    onChange={(e) => {
                      const on = e.currentTarget.checked;
                      setTicked((t) =>
                        on ? [...t, row.submission.id].slice(-2) : t.filter((x) => x !== row.submission.id),
                      );
                    }}
                  />
                  Compare
                </label>
              </>
            ) : null}
          </li>
        ))}
      </ol>
      {pair.length === 2 && pair[0] && pair[1] ? (
        <a className="fl-button" href={compareUrl(base, pair[0], pair[1])} target="_blank" rel="noopener">
          Compare the two ticked
        </a>
      ) : (
        <p className="room-board__hint">Tick two to compare them side by side.</p>
      )}
    </div>
  );
}
