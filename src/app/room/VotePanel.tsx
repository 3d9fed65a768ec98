import type { RoomQuestion } from '../../room/protocol';

export interface VotePanelProps {
  question: RoomQuestion;
  /** Votes per choice (shown once the answer is revealed). */
  counts: readonly number[];
  /** The choice this follower voted for, or null. */
  mine: number | null;
  onVote: (choice: number) => void;
  /** Why the last vote was refused, or null. */
  problem: string | null;
}

/**
 * "Predict, then reveal" on a follower's screen: the question and one big button per
 * choice (at least 44 px high, for a thumb on a phone). One vote: after it the buttons stay
 * to show which was chosen but take no more. The counts appear when the presenter reveals
 * the answer by playing on; until then a follower is not swayed by the others.
 */
export function VotePanel({ question, counts, mine, onVote, problem }: VotePanelProps) {
  const total = counts.reduce((a, b) => a + b, 0);
  const canVote = question.open && !question.revealed && mine === null;
  return (
    <section className="room-vote" aria-label="Question">
      <h2 className="room-vote__question">{question.text}</h2>
      <div className="room-vote__choices">
        {question.choices.map((choice, i) => (
          <button
            // The choices of one question never change order: the index is their identity.
            key={i}
            type="button"
            className="room-vote__choice"
            aria-pressed={mine === i}
            disabled={!canVote}
            onClick={() => onVote(i)}
          >
            <span>{choice}</span>
            {question.revealed ? (
              <span className="room-vote__count" title={`${counts[i] ?? 0} of ${total} votes`}>
                {counts[i] ?? 0}
              </span>
            ) : null}
          </button>
        ))}
      </div>
      <p className="room-vote__status" role="status">
        {problem ??
          (question.revealed
            ? 'Revealed: watch what happens.'
            : mine !== null
              ? 'Your vote is in. Wait for the reveal.'
              : question.open
                ? 'Choose what you think will happen.'
                : 'Voting is closed.')}
      </p>
    </section>
  );
}

/** The presenter's live tally: counts only, never who. */
export function TallyBars({ question, counts }: { question: RoomQuestion; counts: readonly number[] }) {
  const total = counts.reduce((a, b) => a + b, 0);
  const most = Math.max(1, ...counts);
  return (
    <figure className="room-tally" aria-label="Votes">
      <figcaption>
        {question.text}{' '}
        <span className="room-tally__total">
          ({total} vote{total === 1 ? '' : 's'})
        </span>
      </figcaption>
      <ul>
        {question.choices.map((choice, i) => (
          <li key={i} data-testid="tally-row">
            <span className="room-tally__choice">{choice}</span>
            <meter min={0} max={most} value={counts[i] ?? 0} aria-label={`Votes for ${choice}`} />
            <span className="room-tally__count">{counts[i] ?? 0}</span>
          </li>
        ))}
      </ul>
    </figure>
  );
}
