import { ASYNC_EDGE, type Challenge, isFreed, lockedPartsDiffer, REPLACE_EDGE } from '../../challenges';
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
function withFreedEdgesBack(challenge: Challenge, start: FaultlineDocument, doc: FaultlineDocument) {
  const ids = new Set(doc.edges.map((e) => e.id));
  const back = start.edges.filter((e) => {
    const freed = challenge.allowed.edges[e.id] ?? [];
    return !ids.has(e.id) && (freed.includes(ASYNC_EDGE) || freed.includes(REPLACE_EDGE));
  });
  return back.length === 0 ? doc : { ...doc, edges: [...doc.edges, ...back] };
}

/**
 * The edit lock of challenge mode: a change is refused when the challenge's tamper check
 * (src/challenges/locked.ts, the same one Check and the command line use) finds it changed
 * a locked part, so what the editor lets through is exactly what a check accepts. The
 * start is the challenge's diagram, which the editor's document began from.
 */
export function challengeLock(challenge: Challenge, start: FaultlineDocument): EditLock {
  const { allowed } = challenge;
  const startNodes = new Set(start.nodes.map((n) => n.id));
  const startEdges = new Set(start.edges.map((e) => e.id));
  const owner = `the challenge “${challenge.title}”`;
  return {
    owner,
    refuse: (next) => {
      const problems = lockedPartsDiffer(challenge, withFreedEdgesBack(challenge, start, next), start);
      if (problems.length === 0) return null;
      return `${problems.map(sentence).join('. ')}: it is part of ${owner}.`;
    },
    addableKinds: allowed.addKinds,
    lockedField: (itemId, field) => {
      if (startNodes.has(itemId))
        return isFreed(field, allowed.params[itemId]) ? null : `Locked by ${owner}.`;
      if (startEdges.has(itemId)) return isFreed(field, allowed.edges[itemId]) ? null : `Locked by ${owner}.`;
      // What the learner added is theirs to tune.
      return null;
    },
    lockedScenario: `The traffic, the fault timeline and the run length are part of ${owner}.`,
  };
}
