// @vitest-environment happy-dom
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { encodeSolutionLink, getChallenge, startOf } from '../../challenges';
import type { ServiceNode } from '../../model';
import { exampleDocument, undo, useDocumentStore } from '../../store/documentStore';
import { loadEditing } from '../../store/editing';
import { editLock } from '../../store/editLock';
import { loadDecoder } from '../decoder';
import { memoryStorage } from '../persistence/memoryStorage';
import { bootPersistence, resetPersistenceForTests } from '../persistence/session';
import { ACTIVE_CHALLENGE_KEY } from '../persistence/storageAccess';
import { manualTimers } from '../persistence/testTimers';
import {
  enterChallenge,
  leaveChallenge,
  openChallengeLink,
  resumeChallenge,
  solutionLink,
} from './challengeMode';
import { useChallengeStore } from './challengeStore';

beforeAll(async () => {
  await loadEditing();
  await loadDecoder();
});

const challenge = getChallenge('survive-redeploy');
if (!challenge) throw new Error('the campaign lost its first level');
const doc = () => useDocumentStore.getState().doc;
let session: ReturnType<typeof memoryStorage>;

beforeEach(() => {
  resetPersistenceForTests();
  useDocumentStore.getState().replaceDocument({ ...exampleDocument(), title: 'My work' });
  useChallengeStore.setState({ active: null, linkProblem: null, check: { state: 'idle' } });
  session = memoryStorage();
  bootPersistence({ local: memoryStorage(), session, timers: manualTimers(), now: () => 5, tabId: 't' });
});

describe('challenge mode', () => {
  it('enters with the start locked and no undo back to the diagram before; leaving lifts the lock', async () => {
    const r = await enterChallenge({ challenge, start: startOf(challenge), builtIn: true });
    expect(r).toEqual({ ok: true });
    expect(doc().title).toBe('Survive a redeploy');
    expect(useChallengeStore.getState().active?.challenge.id).toBe('survive-redeploy');
    expect(editLock()).toBe(useChallengeStore.getState().active?.lock);
    expect(undo()).toBe(false);
    expect(doc().title).toBe('Survive a redeploy');
    expect(session.getItem(ACTIVE_CHALLENGE_KEY)).toBe('survive-redeploy');
    leaveChallenge();
    expect(editLock()).toBeNull();
    expect(useChallengeStore.getState().active).toBeNull();
    expect(session.getItem(ACTIVE_CHALLENGE_KEY)).toBeNull();
    expect(doc().title).toBe('Survive a redeploy');
  });

  it('ends when another diagram replaces the challenge’s', async () => {
    await enterChallenge({ challenge, start: startOf(challenge), builtIn: true });
    useDocumentStore.getState().replaceDocument(exampleDocument());
    expect(useChallengeStore.getState().active).toBeNull();
  });

  it('opens a solution link in challenge mode, and a link round-trips the design', async () => {
    await enterChallenge({ challenge, start: startOf(challenge), builtIn: true });
    expect(useDocumentStore.getState().makeAsync('orders-payments').ok).toBe(true);
    const link = solutionLink();
    expect(link).toMatch(/#c=survive-redeploy&d=/);
    leaveChallenge();
    useDocumentStore.getState().replaceDocument({ ...exampleDocument(), title: 'My work' });
    await openChallengeLink(link?.slice(link.indexOf('#')) ?? '');
    expect(useChallengeStore.getState().linkProblem).toBeNull();
    expect(useChallengeStore.getState().active?.challenge.id).toBe('survive-redeploy');
    expect(doc().nodes.map((n) => n.id)).toContain('queue-1');
  });

  it('refuses a crafted solution that changed a locked part, replacing nothing', async () => {
    const tampered = startOf(challenge);
    (tampered.nodes.find((n) => n.id === 'payments') as ServiceNode).workers = 99;
    const before = doc();
    await openChallengeLink(encodeSolutionLink(challenge.id, tampered));
    expect(useChallengeStore.getState().linkProblem).toContain("node 'payments' parameter workers is locked");
    expect(useChallengeStore.getState().active).toBeNull();
    expect(doc()).toBe(before);
    expect(editLock()).toBeNull();
  });

  it('explains a link to a challenge that does not exist, replacing nothing', async () => {
    const before = doc();
    await openChallengeLink('#c=no-such-level');
    expect(useChallengeStore.getState().linkProblem).toContain('There is no challenge "no-such-level"');
    expect(doc()).toBe(before);
  });

  it('goes on after a reload with the challenge the tab played, only on a design that passes its lock', () => {
    session.setItem(ACTIVE_CHALLENGE_KEY, 'survive-redeploy');
    useDocumentStore.getState().replaceDocument(startOf(challenge));
    resumeChallenge();
    expect(useChallengeStore.getState().active?.challenge.id).toBe('survive-redeploy');
    expect(editLock()).not.toBeNull();

    useDocumentStore.getState().replaceDocument(exampleDocument());
    const changed = exampleDocument();
    (changed.nodes.find((n) => n.id === 'payments') as ServiceNode).workers = 99;
    useDocumentStore.getState().replaceDocument(changed);
    session.setItem(ACTIVE_CHALLENGE_KEY, 'survive-redeploy');
    resumeChallenge();
    expect(useChallengeStore.getState().active).toBeNull();
    expect(editLock()).toBeNull();
    expect(session.getItem(ACTIVE_CHALLENGE_KEY)).toBeNull();
  });
});
