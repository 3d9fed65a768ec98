// No protocol import here: the editor reads this before any room code is fetched.

/** The query parameter of an editable copy handed out in a room: `?submit=<roomId>.<handoutId>`. */
export const SUBMIT_PARAM = 'submit';

/** Where a copy handed out in a room goes back to. */
export interface SubmitTarget {
  roomId: string;
  handoutId: string;
}

/**
 * The editor's address for an editable copy of a handout: the diagram as a share link (so
 * the editor asks before it replaces anything, as for any link, and the follower's autosave
 * is never overwritten), `?edit` (the editor even on a phone) and where to submit it.
 */
export function handoutCopyUrl(origin: string, target: SubmitTarget, document: string): string {
  const fragment = document.trimStart().startsWith('{') ? null : `#d=${document}`;
  const base = `${origin.replace(/\/+$/, '')}/?edit&${SUBMIT_PARAM}=${target.roomId}.${encodeURIComponent(target.handoutId)}`;
  return fragment ? `${base}${fragment}` : base;
}

/**
 * The editor's address for a challenge handed out in a room: the challenge link
 * (`#c=<id>`, or `#challenge=2.…` for one a teacher wrote; docs/challenges.md "Links"), which opens it in challenge mode with its own
 * Check, `?edit` and where to submit the solution.
 */
export function handoutChallengeUrl(
  origin: string,
  target: SubmitTarget,
  handout: { challengeId: string; challenge?: string },
): string {
  const fragment = handout.challenge
    ? `#challenge=${handout.challenge}`
    : `#c=${encodeURIComponent(handout.challengeId)}`;
  return `${origin.replace(/\/+$/, '')}/?edit&${SUBMIT_PARAM}=${target.roomId}.${encodeURIComponent(target.handoutId)}${fragment}`;
}

/** The submit target in a query string, or null. */
export function readSubmitTarget(search: string): SubmitTarget | null {
  if (search.length > 2000) return null;
  const value = new URLSearchParams(search).get(SUBMIT_PARAM);
  const m = value ? /^([A-Za-z0-9_-]{22})\.([A-Za-z0-9_-]{1,64})$/.exec(value) : null;
  if (!m) return null;
  return { roomId: m[1], handoutId: m[2] };
}
