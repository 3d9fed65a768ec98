/**
 * The live cause and victim marks: failures seen at a node are counted in 100 ms slots,
 * and a node's mark reads only the slots of the last second. So a mark says what the last
 * second was like, and clears within a second of the last failure — the canvas never shows
 * "cause" next to a node that has been answering fine for seconds. (The report's roles count
 * the whole run instead.)
 */
import type { NodeRole } from './report';

/** A node's failures of the last second, by slot (part of nodeState.ts NodeState). */
export interface RecentMarks {
  /** Failures rooted at the node, per slot. */
  recentRooted: Float64Array;
  /** Failures it suffered because of another node, per slot. */
  recentVictim: Float64Array;
  /** The slot's epoch (simulated time / SLOT_MS), or -1 before its first use. */
  recentEpoch: Float64Array;
}

/** Width of one slot in simulated ms. */
const SLOT_MS = 100;
/** Slots in the window: SLOT_MS × RECENT_SLOTS is the one second a mark describes. */
export const RECENT_SLOTS = 10;

/** Counts a failure at simulated time `now`: rooted at this node (`cause`), or a victim of another. */
export function noteRecentFailure(ns: RecentMarks, now: number, cause: boolean): void {
  const epoch = Math.floor(now / SLOT_MS);
  const k = epoch % RECENT_SLOTS;
  // A slot still holding an older epoch is from a second that has passed: start it afresh.
  if (ns.recentEpoch[k] !== epoch) {
    ns.recentEpoch[k] = epoch;
    ns.recentRooted[k] = 0;
    ns.recentVictim[k] = 0;
  }
  if (cause) ns.recentRooted[k]++;
  else ns.recentVictim[k]++;
}

/** The node's mark at `now`: "cause" when failures rooted here are at least as many as those it suffered. */
export function recentRole(ns: RecentMarks, now: number): NodeRole {
  const epoch = Math.floor(now / SLOT_MS);
  let rooted = 0;
  let victim = 0;
  for (let k = 0; k < RECENT_SLOTS; k++) {
    // Slots from (epoch - RECENT_SLOTS, epoch]: none reaches back a whole second.
    if (ns.recentEpoch[k] <= epoch - RECENT_SLOTS || ns.recentEpoch[k] > epoch) continue;
    rooted += ns.recentRooted[k];
    victim += ns.recentVictim[k];
  }
  return roleOf(rooted, victim);
}

/**
 * The one rule for a node's role, live and in the report: "cause" when failures rooted at it
 * are at least as many as those it suffered from others, "victim" when it only suffered.
 */
export function roleOf(rooted: number, victim: number): NodeRole {
  if (rooted > 0 && rooted >= victim) return 'cause';
  return victim > 0 ? 'victim' : 'healthy';
}
