/**
 * Which fault applies to which target. The engine ignores a fault aimed where it has no
 * effect (a queue has no service time to slow, no workers to lose, no requests of its own
 * to fail), so the model refuses one (integrity.ts), and the fault menu and the timeline
 * editor offer only what is listed here. No zod: the fault menu is part of the first visit.
 */
import type { FaultKind, NodeKind } from './kinds';

/** What a fault can be aimed at: a node of some kind, or an edge. */
export type FaultTarget = NodeKind | 'edge';

/** The targets each fault kind applies to. */
export const FAULT_TARGETS: Readonly<Record<FaultKind, readonly FaultTarget[]>> = {
  // A crashed load balancer refuses (or swallows) the calls that reach it; it has no
  // instances to redeploy, no service time to slow, no workers to lose (balancer.ts).
  crash: ['service', 'queue', 'database', 'balancer'],
  redeploy: ['service', 'queue', 'database'],
  slow: ['service', 'database'],
  errors: ['service', 'database'],
  capacity: ['service', 'database'],
  partition: ['edge'],
  surge: ['client'],
  flush: ['cache'],
};

/** Whether a fault of `kind` does something to `target`. */
export function faultApplies(kind: FaultKind, target: FaultTarget): boolean {
  return FAULT_TARGETS[kind].includes(target);
}

/** The fault kinds that apply to `target`, in the order of FAULT_TARGETS. */
export function faultKindsFor(target: FaultTarget): FaultKind[] {
  return (Object.keys(FAULT_TARGETS) as FaultKind[]).filter((k) => faultApplies(k, target));
}

/**
 * Why a fault of `kind` cannot be aimed at the item `id` (of kind `target`, or undefined
 * when there is no such item), in words; null when it can.
 */
export function faultTargetProblem(
  kind: FaultKind,
  id: string,
  target: FaultTarget | undefined,
): string | null {
  const allowed = FAULT_TARGETS[kind];
  const onEdge = allowed.includes('edge');
  if (target === undefined || onEdge !== (target === 'edge'))
    return `there is no ${onEdge ? 'edge' : 'node'} "${id}"`;
  if (allowed.includes(target)) return null;
  return allowed.length === 1
    ? `a ${kind} targets a ${allowed[0]}`
    : `a ${kind} fault cannot target a ${target}`;
}
