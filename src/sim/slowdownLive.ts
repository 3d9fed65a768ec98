/**
 * The slowdown a node shows on the canvas while it plays: the load factor (loadFactor.ts) that
 * work starting now would get at its most loaded instance, rounded to a tenth so the badge
 * only re-renders when the number it shows changes.
 */
import { fifoSize } from './fifo';
import { instanceLoadFactor } from './loadFactor';
import type { EngineContext } from './runState';

/** The node's current slowdown factor, rounded to a tenth; 1 when the rule is off or the load is under the knee. */
export function nodeSlowdown(ctx: EngineContext, node: number): number {
  const spec = ctx.topo.nodes[node];
  const curve = spec.load;
  if (curve === null) return 1;
  let worst = 1;
  for (let k = 0; k < spec.instances; k++) {
    const inst = ctx.s.instances[spec.firstInstance + k];
    if (inst.down > 0) continue;
    // Work starting now would be one more busy worker while a worker is free.
    const busy = inst.busy < inst.workers ? inst.busy + 1 : inst.busy;
    const f = instanceLoadFactor(curve, busy, fifoSize(inst.backlog));
    if (f > worst) worst = f;
  }
  return Math.round(worst * 10) / 10;
}
