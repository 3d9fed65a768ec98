import { type Scorecard as Card, formatCost, type GoalResult } from '../../challenges';
import { Stars } from './Stars';

export interface ScorecardProps {
  card: Card;
  /** Shown when the goals are met: what the design shows. */
  debrief: string;
  /** Moves the run's timeline to the moment a missed goal broke (on the seed it broke with). */
  onShowMoment: (goal: GoalResult & { atMs: number }) => void;
}

const hasMoment = (g: GoalResult): g is GoalResult & { atMs: number } => !g.met && g.atMs !== undefined;

/** "20 s", "20.5 s". */
const seconds = (ms: number) => `${Math.round(ms / 100) / 10} s`;

/** One goal: met or missed, the measured value (the worst seed's), and for a missed one the moment it broke. */
function GoalRow({ goal, onShowMoment }: { goal: GoalResult; onShowMoment: ScorecardProps['onShowMoment'] }) {
  return (
    <li className={`fl-scorecard__goal fl-scorecard__goal--${goal.met ? 'met' : 'missed'}`}>
      <span className="fl-scorecard__mark" aria-hidden="true">
        {goal.met ? '✓' : '✗'}
      </span>
      <span className="fl-scorecard__label">{goal.label}</span>
      <span className="fl-scorecard__verdict">{goal.met ? 'met' : 'missed'}</span>
      <span className="fl-scorecard__value">
        measured {goal.measuredText}
        {goal.seed !== null && !goal.met ? ` (seed ${goal.seed})` : ''}
      </span>
      {hasMoment(goal) ? (
        <button type="button" className="fl-link-button" onClick={() => onShowMoment(goal)}>
          {goal.moment ?? `broke at ${seconds(goal.atMs)}`}: show at {seconds(goal.atMs)}
        </button>
      ) : null}
    </li>
  );
}

/**
 * What a check says: the verdict and stars, each goal met or missed with its measured
 * value, the cost against the budget, the moment a missed goal broke one click from the
 * timeline, and on success the debrief. A refused solution shows the tamper check's reasons.
 */
export function Scorecard({ card, debrief, onShowMoment }: ScorecardProps) {
  if (card.verdict === 'refused')
    return (
      <section className="fl-scorecard" aria-label="Scorecard" role="alert">
        <h3>Refused: this design changed parts the challenge locks</h3>
        <ul>
          {card.refusals.map((r) => (
            <li key={r}>{r}</li>
          ))}
        </ul>
      </section>
    );
  const passed = card.verdict === 'passed';
  return (
    <section className="fl-scorecard" aria-label="Scorecard" data-verdict={card.verdict}>
      <h3 className="fl-scorecard__heading">
        {passed ? 'Goals met' : 'Goals missed'} <Stars stars={card.stars} />
      </h3>
      <p className="fl-muted">
        Checked with seeds {card.seeds.join(', ')}: every seed must meet every goal; the value shown is the
        worst seed’s.
      </p>
      <ul className="fl-scorecard__goals">
        {card.goals.map((g, i) => (
          // Goals have no id; their order is the challenge's and never changes.
          <GoalRow key={i} goal={g} onShowMoment={onShowMoment} />
        ))}
      </ul>
      <p>
        Cost {formatCost(card.cost.total)}, budget {formatCost(card.budget)}
        {card.cost.total > card.budget ? ' (over budget)' : ''}.
      </p>
      {card.notes.map((n) => (
        <p key={n} className="fl-muted">
          Note: {n}.
        </p>
      ))}
      {passed ? (
        <div className="fl-scorecard__debrief">
          <h4>Debrief</h4>
          <p>{debrief}</p>
        </div>
      ) : null}
    </section>
  );
}
