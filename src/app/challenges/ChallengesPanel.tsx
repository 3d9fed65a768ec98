import { useState } from 'react';
import { CAMPAIGN, type Challenge, DIFFICULTIES, formatCost, startOf } from '../../challenges';
import { type ChallengeProgress, readChallengeProgress } from '../persistence/challengeProgress';
import { persistenceSession } from '../persistence/session';
import { ModalDialog } from '../share/ModalDialog';
import { enterChallenge } from './challengeMode';
import { useChallengeStore } from './challengeStore';
import { Stars } from './Stars';
import './challenges.css';

function ChallengeItem({ challenge, progress }: { challenge: Challenge; progress: ChallengeProgress }) {
  const record = progress[challenge.id];
  const [problem, setProblem] = useState<string | null>(null);
  const play = () =>
    void enterChallenge({ challenge, start: startOf(challenge), builtIn: true }).then(
      (r) => !r.ok && setProblem(r.reason),
    );
  return (
    <li className="fl-challenges__item" data-testid={`challenge-${challenge.id}`}>
      <h4>{challenge.title}</h4>
      <p className="fl-challenges__status">
        <Stars stars={record?.stars ?? 0} />{' '}
        {record
          ? record.stars > 0
            ? `Solved${record.bestCostPerMonth === undefined ? '' : ` for ${formatCost(record.bestCostPerMonth)}`}`
            : `Tried ${record.checks} time${record.checks === 1 ? '' : 's'}`
          : 'Not tried yet'}{' '}
        · budget {formatCost(challenge.budget)}
      </p>
      <p className="fl-muted">{challenge.brief}</p>
      <button type="button" className="fl-button fl-button--primary" onClick={play}>
        Play “{challenge.title}”
      </button>
      {problem ? <p role="alert">{problem}</p> : null}
    </li>
  );
}

/**
 * The Challenges panel: the campaign by difficulty, each with the stars earned in this
 * browser (read through persistence's storage access), and Play, which opens it in
 * challenge mode (the current diagram is kept in Recent first).
 */
export function ChallengesPanel() {
  const setOpen = useChallengeStore((s) => s.setPanelOpen);
  const [progress] = useState(() => readChallengeProgress(persistenceSession().env.local));
  const earned = CAMPAIGN.reduce((n, c) => n + (progress[c.id]?.stars ?? 0), 0);
  const solved = CAMPAIGN.filter((c) => (progress[c.id]?.stars ?? 0) > 0).length;
  return (
    <ModalDialog title="Challenges" onClose={() => setOpen(false)} className="fl-dialog--wide">
      <p className="fl-muted">
        Design it yourself: each challenge locks a diagram, its traffic and its faults, and says what you may
        change. Check runs your design with several seeds and grades it against the goals. Stars: 1 for
        meeting the goals, 2 within budget, 3 within 70 % of it.
      </p>
      <p data-testid="challenges-progress">
        {solved} of {CAMPAIGN.length} solved · {earned} of {CAMPAIGN.length * 3} stars
      </p>
      {DIFFICULTIES.map((difficulty) => {
        const level = CAMPAIGN.filter((c) => c.difficulty === difficulty);
        if (level.length === 0) return null;
        return (
          <section key={difficulty} aria-label={`${difficulty} challenges`}>
            <h3 className="fl-challenges__level">{difficulty}</h3>
            <ul className="fl-challenges__list">
              {level.map((c) => (
                <ChallengeItem key={c.id} challenge={c} progress={progress} />
              ))}
            </ul>
          </section>
        );
      })}
    </ModalDialog>
  );
}
