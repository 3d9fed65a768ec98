import { type Challenge, type ChallengeLocks, challengeLocks, lockedPartsDiffer } from '../../challenges';
import type { FaultlineDocument } from '../../model/schema';
import type { EditLock } from '../../store/editLock';

/** "Node 'payments' parameter workers is locked": the tamper check's words, as a sentence. */
const sentence = (s: string) => `${s.charAt(0).toUpperCase()}${s.slice(1)}`;

/**
 * `doc` with every edge of the start that the challenge lets go (async or replace) put back
 * where it is missing. Rerouting such an edge through a queue by hand takes several edits
 * (delete it, add the queue, connect both sides), and the ones in between have dropped the
 * dependency: the editor lets them through, and Check refuses a design left that way, with
 * the tamper check's own words.
 */
function withFreedEdgesBack(locks: ChallengeLocks, start: FaultlineDocument, doc: FaultlineDocument) {
  const ids = new Set(doc.edges.map((e) => e.id));
  // A start edge the learner may remove is one freed to go async or be replaced.
  const back = start.edges.filter((e) => !ids.has(e.id) && locks.mayRemoveEdge(e.id));
  return back.length === 0 ? doc : { ...doc, edges: [...doc.edges, ...back] };
}

/**
 * The edit lock of challenge mode: a change is refused when the challenge's tamper check
 * (src/challenges/locked.ts, the same one Check and the command line use) finds it changed
 * a locked part, so what the editor lets through is exactly what a check accepts. The
 * start is the challenge's diagram, which the editor's document began from.
 */
export function challengeLock(challenge: Challenge, start: FaultlineDocument): EditLock {
  const locks = challengeLocks(challenge, start);
  const owner = `the challenge “${challenge.title}”`;
  return {
    owner,
    refuse: (next) => {
      const problems = lockedPartsDiffer(challenge, withFreedEdgesBack(locks, start, next), start);
      if (problems.length === 0) return null;
      return `${problems.map(sentence).join('. ')}: it is part of ${owner}.`;
    },
    addableKinds: challenge.allowed.addKinds,
    lockedField: (itemId, field) => {
      const free = locks.isStartNode(itemId)
        ? locks.mayEditNodeParam(itemId, field)
        : locks.isStartEdge(itemId)
          ? locks.mayEditEdgeParam(itemId, field)
          : // What the learner added is theirs to tune.
            true;
      return free ? null : `Locked by ${owner}.`;
    },
    lockedScenario: `The traffic, the fault timeline and the run length are part of ${owner}.`,
  };
}
