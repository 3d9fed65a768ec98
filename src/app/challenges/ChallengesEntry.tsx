import { lazy, Suspense, useEffect } from 'react';
import { ACTIVE_CHALLENGE_KEY } from '../persistence/storageAccess';
import { useChallengeStore } from './challengeStore';

// Everything of challenges loads on first use (the first visit's budget): the panel when
// opened, the bar when a challenge is entered, the link handling when a link asks for it.
const ChallengesPanel = lazy(() => import('./ChallengesPanel').then((m) => ({ default: m.ChallengesPanel })));
const ChallengeBar = lazy(() => import('./ChallengeBar').then((m) => ({ default: m.ChallengeBar })));
const ChallengeLinkProblem = lazy(() =>
  import('./ChallengeLinkProblem').then((m) => ({ default: m.ChallengeLinkProblem })),
);

/**
 * Whether a fragment is a challenge or solution link (`#c=…`, `#challenge=…`). The same
 * test as `isChallengeFragment` (src/challenges/links.ts; challengesEntry.test.ts keeps them
 * in step), repeated here so the first visit does not fetch the challenge code to ask.
 */
export function isChallengeLinkFragment(hash: string): boolean {
  return /^#?(c|challenge)=/i.test(hash);
}

/** Whether this tab was playing a challenge before the reload (a cheap look before loading any challenge code). */
function playingBeforeReload(): boolean {
  try {
    return globalThis.sessionStorage?.getItem(ACTIVE_CHALLENGE_KEY) != null;
  } catch {
    return false;
  }
}

/** Opens the page's challenge link once, then takes it out of the address (a reload keeps the diagram). */
function useChallengeLinkOnce(): void {
  useEffect(() => {
    const { hash, pathname, search } = window.location;
    if (!isChallengeLinkFragment(hash)) {
      // A reload goes on with the challenge this tab was playing (challengeMode.ts).
      if (playingBeforeReload()) void import('./challengeMode').then((m) => m.resumeChallenge());
      return;
    }
    try {
      window.history.replaceState(window.history.state, '', `${pathname}${search}`);
    } catch {
      // A sandboxed frame may refuse: the fragment stays in the address bar.
    }
    void import('./challengeMode').then((m) => m.openChallengeLink(hash));
  }, []);
}

/** The toolbar's "Challenges" button, the panel it opens, and a challenge link's explanation. */
export function ChallengesButton() {
  const open = useChallengeStore((s) => s.panelOpen);
  const linkProblem = useChallengeStore((s) => s.linkProblem !== null);
  const setOpen = useChallengeStore((s) => s.setPanelOpen);
  useChallengeLinkOnce();
  return (
    <>
      <button type="button" className="fl-button" onClick={() => setOpen(true)}>
        Challenges
      </button>
      <Suspense fallback={null}>
        {open ? <ChallengesPanel /> : null}
        {linkProblem ? <ChallengeLinkProblem /> : null}
      </Suspense>
    </>
  );
}

/** Challenge mode's bar, while a challenge is played. */
export function ChallengeBarSlot() {
  const active = useChallengeStore((s) => s.active !== null);
  return <Suspense fallback={null}>{active ? <ChallengeBar /> : null}</Suspense>;
}
