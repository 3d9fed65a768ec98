import {
  type ChallengeLinkSuccess,
  decodeChallengeLink,
  encodeChallengeLink,
  encodeCustomSolutionLink,
  encodeSolutionLink,
  getChallenge,
  lockedPartsDiffer,
  startOf,
} from '../../challenges';
import type { FaultlineDocument } from '../../model/schema';
import { useDocumentStore } from '../../store/documentStore';
import { setEditLock } from '../../store/editLock';
import { useUiStore } from '../../store/uiStore';
import { recordCheck } from '../persistence/challengeProgress';
import { later } from '../persistence/loadLater';
import { persistenceSession } from '../persistence/session';
import { ACTIVE_CHALLENGE_KEY, readItem, removeItem, writeItem } from '../persistence/storageAccess';
import { challengeLock } from './challengeLock';
import { useChallengeStore } from './challengeStore';
import { createCheckClient } from './checkClient';

/**
 * Challenge mode's actions (docs/challenges.md, "Playing a challenge"): entering one (its
 * start, or a solution, replaces the diagram, which is first kept in Recent), hints,
 * Check in a worker, progress, leaving, and the links. Loaded on first use.
 */

let client: ReturnType<typeof createCheckClient> | null = null;

/**
 * Puts `doc` (the challenge's start, or a solution to it) in the editor and locks what the
 * challenge locks. A solution that changed a locked part is refused, with the tamper
 * check's words, and nothing is replaced.
 */
export async function enterChallenge(
  opened: Pick<ChallengeLinkSuccess, 'challenge' | 'start' | 'builtIn'>,
  solution?: FaultlineDocument,
): Promise<{ ok: true } | { ok: false; reason: string }> {
  const { challenge, start, builtIn } = opened;
  if (solution) {
    const tampered = lockedPartsDiffer(challenge, solution, start);
    if (tampered.length > 0)
      return {
        ok: false,
        reason: `This solution changed parts the challenge “${challenge.title}” locks, so it cannot be checked: ${tampered.join('; ')}.`,
      };
  }
  // Lifted first: replacing the diagram must not be judged by the previous challenge's lock.
  setEditLock(null);
  const doc = structuredClone(solution ?? start);
  await later((m) => m.replaceDiagram(doc, solution ? 'link' : 'gallery'));
  if (useDocumentStore.getState().doc !== doc)
    return { ok: false, reason: 'The diagram could not be replaced.' };
  // Undo must not go back past the challenge's start (replaceDiagram's fallback keeps a step).
  useDocumentStore.temporal.getState().clear();
  const lock = challengeLock(challenge, start);
  useChallengeStore.setState({
    active: { challenge, start, builtIn, lock },
    hintsShown: 0,
    check: { state: 'idle' },
    panelOpen: false,
    linkProblem: null,
    copied: null,
  });
  setEditLock(lock);
  rememberActive(builtIn ? challenge.id : null);
  warmCheck();
  useUiStore.getState().say(`Challenge: ${challenge.title}.`);
  return { ok: true };
}

/** Starts the check worker while the learner reads what to do, so the first Check does not wait for it. */
function warmCheck(): void {
  client ??= createCheckClient();
  client.warm();
}

/** Keeps (or with null forgets) the built-in challenge this tab plays, for a reload. */
function rememberActive(id: string | null): void {
  const session = persistenceSession().env.session;
  if (id) writeItem(session, ACTIVE_CHALLENGE_KEY, id);
  else removeItem(session, ACTIVE_CHALLENGE_KEY);
}

/**
 * After a reload: goes on with the built-in challenge this tab was playing, on the diagram
 * the autosave restored, if that diagram still passes the challenge's lock (else the
 * challenge is forgotten and the diagram stays, unlocked).
 */
export function resumeChallenge(): void {
  const r = readItem(persistenceSession().env.session, ACTIVE_CHALLENGE_KEY);
  const challenge = r.ok && r.value ? getChallenge(r.value) : undefined;
  if (!challenge) {
    rememberActive(null);
    return;
  }
  const start = startOf(challenge);
  const lock = challengeLock(challenge, start);
  const doc = useDocumentStore.getState().doc;
  if (lock.refuse(doc, doc) !== null) {
    rememberActive(null);
    return;
  }
  useDocumentStore.temporal.getState().clear();
  useChallengeStore.setState({
    active: { challenge, start, builtIn: true, lock },
    hintsShown: 0,
    check: { state: 'idle' },
    copied: null,
  });
  setEditLock(lock);
  warmCheck();
}

/** Leaves challenge mode: the lock is lifted and the learner's diagram stays as it is. */
export function leaveChallenge(): void {
  useChallengeStore.setState({ active: null, check: { state: 'idle' }, hintsShown: 0 });
  setEditLock(null);
  rememberActive(null);
  useUiStore.getState().say('Left the challenge; the diagram stays, and everything can be edited again.');
}

/** Reveals the next hint. */
export function revealHint(): void {
  const { active, hintsShown } = useChallengeStore.getState();
  if (!active) return;
  useChallengeStore.setState({ hintsShown: Math.min(hintsShown + 1, active.challenge.hints.length) });
}

/**
 * Checks the diagram on screen against the challenge in the check worker, shows the
 * scorecard and, for one of the campaign's challenges, keeps the stars in this browser.
 */
export async function checkNow(): Promise<void> {
  const { active } = useChallengeStore.getState();
  if (!active) return;
  const doc = useDocumentStore.getState().doc;
  useChallengeStore.setState({ check: { state: 'checking' } });
  client ??= createCheckClient();
  const outcome = await client.check(active.challenge, active.start, doc);
  // The learner may have left (or opened another challenge) while it ran.
  if (useChallengeStore.getState().active !== active) return;
  if (!outcome.ok) {
    useChallengeStore.setState({ check: { state: 'failed', message: outcome.message } });
    return;
  }
  useChallengeStore.setState({ check: { state: 'done', card: outcome.card, wallMs: outcome.wallMs, doc } });
  if (!active.builtIn || outcome.card.verdict === 'refused') return;
  const kept = recordCheck(persistenceSession().env.local, active.challenge.id, {
    stars: outcome.card.stars,
    costPerMonth: outcome.card.cost.total,
  });
  if (!kept.ok)
    useUiStore
      .getState()
      .say(
        `Your stars could not be kept in this browser (storage is ${kept.failure === 'full' ? 'full' : 'blocked'}).`,
        'error',
      );
}

/** The page's address with `fragment` in place of its own. */
function withFragment(fragment: string): string {
  const { origin, pathname, search } = window.location;
  return `${origin}${pathname}${search}${fragment}`;
}

/** A link to the diagram on screen as a solution of the active challenge (null outside challenge mode). */
export function solutionLink(): string | null {
  const { active } = useChallengeStore.getState();
  if (!active) return null;
  const doc = useDocumentStore.getState().doc;
  return withFragment(
    active.builtIn
      ? encodeSolutionLink(active.challenge.id, doc)
      : encodeCustomSolutionLink(active.challenge, doc),
  );
}

/** A link to the active challenge itself (its start), for a teacher to share. */
export function challengeLink(): string | null {
  const { active } = useChallengeStore.getState();
  if (!active) return null;
  return withFragment(active.builtIn ? `#c=${active.challenge.id}` : encodeChallengeLink(active.challenge));
}

/**
 * Opens a challenge or solution link (the page's fragment) in challenge mode. A link that
 * cannot be opened is explained (`linkProblem`) and replaces nothing: the autosave keeps
 * the diagram that was there.
 */
export async function openChallengeLink(fragment: string): Promise<void> {
  const r = decodeChallengeLink(fragment);
  if (!r.ok) {
    useChallengeStore.setState({ linkProblem: r.message });
    return;
  }
  const entered = await enterChallenge(r, r.solution);
  if (!entered.ok) useChallengeStore.setState({ linkProblem: entered.reason });
}
