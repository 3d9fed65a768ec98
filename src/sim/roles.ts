/**
 * Cause or victim: every failure seen at a node counts either as rooted there or as suffered
 * because of another node (its root), for the report's roles and the live marks
 * (recentRoles.ts).
 */
import { noteRecentFailure } from './recentRoles';
import type { EngineContext } from './runState';
import type { Failure } from './state';

/** Cause-or-victim bookkeeping for a failure seen at `node`. */
export function noteFailureRoot(ctx: EngineContext, node: number, fail: Failure): void {
  const s = ctx.s;
  if (fail.rootNode === node) {
    s.nodes[node].rootedHere++;
    noteRecentFailure(s.nodes[node], s.now, true);
  } else if (fail.rootNode >= 0 && fail.rootNode < ctx.topo.nodes.length) {
    s.nodes[node].victimOf++;
    noteRecentFailure(s.nodes[node], s.now, false);
    s.nodes[node].lastCauseNode = fail.rootNode;
    s.nodes[fail.rootNode].rootedHere++;
    noteRecentFailure(s.nodes[fail.rootNode], s.now, true);
  }
}
