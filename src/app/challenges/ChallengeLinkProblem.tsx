import { LinkProblem } from '../routes/LinkProblem';
import { useChallengeStore } from './challengeStore';
import './challenges.css';

/**
 * A challenge or solution link that could not be opened: the link page's explanation
 * (routes/LinkProblem.tsx) over the editor, which still holds the diagram that was there —
 * nothing was replaced, so the autosave keeps it. Close goes back to it.
 */
export function ChallengeLinkProblem() {
  const problem = useChallengeStore((s) => s.linkProblem);
  if (!problem) return null;
  return (
    <div className="fl-challenge-link-problem">
      <LinkProblem message={problem} />
      <button
        type="button"
        className="fl-button fl-challenge-link-problem__close"
        onClick={() => useChallengeStore.setState({ linkProblem: null })}
      >
        Back to my diagram
      </button>
    </div>
  );
}
