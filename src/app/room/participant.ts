/** The sessionStorage key of this browser tab's participant id. */
const PARTICIPANT_KEY = 'faultline.room.participant';
/** The sessionStorage key of this tab's votes (question id → choice), so a reload shows them. */
const VOTES_KEY = 'faultline.room.votes';

function randomId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(18));
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
}

/**
 * This tab's participant id: 24 random base64url characters, made once per session. It
 * never carries a name; the server uses it to take one vote per question per participant.
 */
export function participantId(): string {
  try {
    const kept = sessionStorage.getItem(PARTICIPANT_KEY);
    if (kept && /^[A-Za-z0-9_-]{16,64}$/.test(kept)) return kept;
    const made = randomId();
    sessionStorage.setItem(PARTICIPANT_KEY, made);
    return made;
  } catch {
    // No storage: one id for this page's life.
    fallbackId ??= randomId();
    return fallbackId;
  }
}
let fallbackId: string | null = null;

/** This tab's vote on a question, or null. */
export function votedFor(questionId: string): number | null {
  try {
    const votes = JSON.parse(sessionStorage.getItem(VOTES_KEY) ?? '{}') as Record<string, unknown>;
    const choice = Object.hasOwn(votes, questionId) ? votes[questionId] : null;
    return typeof choice === 'number' ? choice : null;
  } catch {
    return null;
  }
}

/** Remembers this tab's vote on a question. */
export function rememberVote(questionId: string, choice: number): void {
  try {
    const votes = JSON.parse(sessionStorage.getItem(VOTES_KEY) ?? '{}') as Record<string, unknown>;
    sessionStorage.setItem(VOTES_KEY, JSON.stringify({ ...votes, [questionId]: choice }));
  } catch {
    // No storage: the vote is still counted by the room.
  }
}
