import type {
  DiagramEdge,
  DiagramNode,
  Fault,
  FaultlineDocument,
  NodeKind,
  TrafficChange,
} from '../../model';
import { faultApplies } from '../../model/faultTargets';
import { describeFault, describeTraffic, edgeName, nodeName } from './partNames';

/** A fault or traffic change of the left timeline that has no counterpart on the right. */
export interface Unmatched {
  /** What it is, named on the left: "redeploy of payments at 20 s for 10 s". */
  what: string;
  /** Why it is left out on the right: "no node named “payments” on the right". */
  reason: string;
}

/** Two documents made comparable, and what had to give. */
export interface AlignedPair {
  left: FaultlineDocument;
  right: FaultlineDocument;
  /** The faults both sides run, named on the left. */
  sharedFaults: string[];
  /** Faults and traffic changes of the left that the right runs without, and why. */
  unmatched: Unmatched[];
}

type Match = { ok: true; id: string } | { ok: false; reason: string };

/** The one node on the right with `node`'s name that can take what is aimed at it (`takes` its kind). */
function matchNode(node: DiagramNode, right: FaultlineDocument, takes: (kind: NodeKind) => boolean): Match {
  const name = nodeName(node);
  const named = right.nodes.filter((n) => nodeName(n) === name);
  if (named.length === 0) return { ok: false, reason: `no node named “${name}” on the right` };
  const fit = named.filter((n) => takes(n.kind));
  if (fit.length === 0)
    return {
      ok: false,
      reason: `“${name}” on the right is a ${named[0].kind}, which this cannot hit`,
    };
  if (fit.length > 1) return { ok: false, reason: `${fit.length} nodes are named “${name}” on the right` };
  return { ok: true, id: fit[0].id };
}

/**
 * The edge on the right joining the nodes with the same names as `edge`'s ends; failing
 * that, the async form of that call ("Make it async": caller → queue → callee), whose
 * publish edge is what a partition of the call becomes.
 */
function matchEdge(edge: DiagramEdge, left: FaultlineDocument, right: FaultlineDocument): Match {
  const leftName = (id: string) => {
    const node = left.nodes.find((n) => n.id === id);
    return node ? nodeName(node) : null;
  };
  const caller = leftName(edge.source);
  const callee = leftName(edge.target);
  const byId = new Map(right.nodes.map((n) => [n.id, n]));
  const named = (id: string, name: string | null) => {
    const node = byId.get(id);
    return node !== undefined && nodeName(node) === name;
  };
  const same = right.edges.filter((e) => named(e.source, caller) && named(e.target, callee));
  if (same.length === 1) return { ok: true, id: same[0].id };
  const name = edgeName(left, edge);
  if (same.length > 1) return { ok: false, reason: `${same.length} edges ${name} on the right` };
  const publishes = right.edges.filter(
    (p) =>
      named(p.source, caller) &&
      byId.get(p.target)?.kind === 'queue' &&
      right.edges.some((c) => c.source === p.target && named(c.target, callee)),
  );
  if (publishes.length === 1) return { ok: true, id: publishes[0].id };
  return { ok: false, reason: `no edge ${name} on the right` };
}

function matchFault(fault: Fault, left: FaultlineDocument, right: FaultlineDocument): Match {
  if (fault.kind === 'partition') {
    const edge = left.edges.find((e) => e.id === fault.target);
    return edge ? matchEdge(edge, left, right) : { ok: false, reason: 'its edge is gone' };
  }
  const node = left.nodes.find((n) => n.id === fault.target);
  // Only a node the fault acts on (the model's rule, faultTargets.ts).
  const takes = (kind: NodeKind) => faultApplies(fault.kind, kind);
  return node ? matchNode(node, right, takes) : { ok: false, reason: 'its node is gone' };
}

function matchTraffic(change: TrafficChange, left: FaultlineDocument, right: FaultlineDocument): Match {
  const node = left.nodes.find((n) => n.id === change.target);
  return node
    ? matchNode(node, right, (kind) => kind === 'client')
    : { ok: false, reason: 'its client is gone' };
}

/**
 * One seed, one duration and one fault timeline for both sides: the right-hand document
 * takes the left one's seed, duration, faults and traffic changes, each aimed at the part
 * of the right with the same name (node label; an edge by its caller and callee) — ids
 * mean nothing across two diagrams drawn apart. What finds no counterpart is left out on
 * the right and listed with the reason. Builds new documents; the inputs stay as they are.
 */
export function alignPair(left: FaultlineDocument, right: FaultlineDocument): AlignedPair {
  const faults: Fault[] = [];
  const traffic: TrafficChange[] = [];
  const sharedFaults: string[] = [];
  const unmatched: Unmatched[] = [];
  for (const fault of left.scenario.faults) {
    const m = matchFault(fault, left, right);
    if (m.ok) {
      faults.push({ ...fault, target: m.id });
      sharedFaults.push(describeFault(left, fault));
    } else unmatched.push({ what: describeFault(left, fault), reason: m.reason });
  }
  for (const change of left.scenario.traffic) {
    const m = matchTraffic(change, left, right);
    if (m.ok) traffic.push({ ...change, target: m.id });
    else unmatched.push({ what: describeTraffic(left, change), reason: m.reason });
  }
  return {
    left,
    right: { ...right, scenario: { ...left.scenario, faults, traffic } },
    sharedFaults,
    unmatched,
  };
}
