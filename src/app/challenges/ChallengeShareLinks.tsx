import { useState } from 'react';
import { challengeLink, solutionLink } from './challengeMode';
import { useChallengeStore } from './challengeStore';

/**
 * The Share dialog's part in challenge mode: the design as a solution link (the challenge
 * plus this diagram: whoever opens it can check it) and the challenge itself as a link.
 */
export function ChallengeShareLinks() {
  const title = useChallengeStore((s) => s.active?.challenge.title);
  const [said, setSaid] = useState('');
  if (!title) return null;
  const copy = async (what: string, link: string | null) => {
    if (!link) return;
    try {
      await navigator.clipboard.writeText(link);
      setSaid(`${what} copied to the clipboard.`);
    } catch {
      setSaid(`${what}: ${link}`);
    }
  };
  return (
    <div className="fl-field">
      <p>
        Challenge “{title}”: share your design as a solution anyone can open and check, or the challenge for
        someone to play.
      </p>
      <div className="fl-row">
        <button
          type="button"
          className="fl-button fl-button--primary"
          onClick={() => void copy('Solution link', solutionLink())}
        >
          Copy solution link
        </button>
        <button
          type="button"
          className="fl-button"
          onClick={() => void copy('Challenge link', challengeLink())}
        >
          Copy challenge link
        </button>
      </div>
      <p className="fl-muted" role="status">
        {said}
      </p>
    </div>
  );
}
