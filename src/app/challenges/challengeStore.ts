import { create } from 'zustand';
import type { Challenge, Scorecard } from '../../challenges';
import type { FaultlineDocument } from '../../model/schema';
import type { EditLock } from '../../store/editLock';
import { useEditLockStore } from '../../store/editLock';

/** The challenge being played: the challenge, its start, and the lock that holds its locked parts. */
export interface ActiveChallenge {
  challenge: Challenge;
  start: FaultlineDocument;
  /** One of the campaign's (its progress is kept), or one a teacher wrote (shared as a link). */
  builtIn: boolean;
  lock: EditLock;
}

/** Where the last check is. */
export type CheckState =
  | { state: 'idle' }
  | { state: 'checking' }
  /** `doc`: the design the scorecard is for (an edit since makes it out of date). */
  | { state: 'done'; card: Scorecard; wallMs: number; doc: FaultlineDocument }
  | { state: 'failed'; message: string };

export interface ChallengeState {
  /** The Challenges panel is open. */
  panelOpen: boolean;
  active: ActiveChallenge | null;
  /** Hints revealed so far (one at a time). */
  hintsShown: number;
  check: CheckState;
  /** A challenge link that could not be opened, with the reason; nothing was replaced. */
  linkProblem: string | null;
  /** What copying the solution link did (copied, or the link to copy by hand). */
  copied: string | null;
  setPanelOpen: (open: boolean) => void;
}

/**
 * Challenge mode's state, kept out of the document (never an undo step). Small and free of
 * the challenge code (types only), so the toolbar's button costs the first visit nothing;
 * what acts on it (challengeMode.ts) loads on first use.
 */
export const useChallengeStore = create<ChallengeState>()((set) => ({
  panelOpen: false,
  active: null,
  hintsShown: 0,
  check: { state: 'idle' },
  linkProblem: null,
  copied: null,
  setPanelOpen: (panelOpen) => set({ panelOpen }),
}));

// The lock is lifted by anything that replaces the diagram (New, Open, a link, a scenario):
// challenge mode ends with it, leaving the learner's diagram as it is.
useEditLockStore.subscribe(({ lock }) => {
  const { active } = useChallengeStore.getState();
  if (active && active.lock !== lock) useChallengeStore.setState({ active: null, check: { state: 'idle' } });
});
