import { connectionProblem, outgoingProblem } from './connections';
import type { DocumentError } from './errors';
import { faultTargetProblem } from './faultTargets';
import type { DiagramNode } from './nodes';
import type { FaultlineDocument } from './schema';
import { scheduleBudgetProblem } from './trafficShape';

/**
 * Checks that need the whole document: unique ids, edges between existing nodes and of a
 * kind those nodes allow, faults aimed at something they act on (faultTargets.ts), traffic changes at a client,
 * and at most so many schedule points in all (trafficShape.ts).
 */
export function checkIntegrity(doc: FaultlineDocument): DocumentError[] {
  const errors: DocumentError[] = [];
  const nodes = new Map<string, DiagramNode>();
  doc.nodes.forEach((n, i) => {
    if (nodes.has(n.id))
      errors.push({ path: `nodes[${i}].id`, message: `"${n.id}" is used by another node` });
    nodes.set(n.id, n);
  });
  const edgeIds = new Set<string>();
  const pairs = new Set<string>();
  const outgoing = new Map<string, number>();
  doc.edges.forEach((e, i) => {
    const at = `edges[${i}]`;
    if (edgeIds.has(e.id) || nodes.has(e.id))
      errors.push({ path: `${at}.id`, message: `"${e.id}" is already used` });
    edgeIds.add(e.id);
    const source = nodes.get(e.source);
    const target = nodes.get(e.target);
    if (!source) errors.push({ path: `${at}.source`, message: `there is no node "${e.source}"` });
    if (!target) errors.push({ path: `${at}.target`, message: `there is no node "${e.target}"` });
    if (e.source === e.target) errors.push({ path: at, message: 'connects a node to itself' });
    const pair = `${e.source}\u0000${e.target}`;
    if (pairs.has(pair))
      errors.push({ path: at, message: `duplicates another edge from "${e.source}" to "${e.target}"` });
    pairs.add(pair);
    if (source && target) {
      const problem = connectionProblem(e.kind, source.kind, target.kind);
      const count = outgoing.get(e.source) ?? 0;
      outgoing.set(e.source, count + 1);
      const extra = outgoingProblem(source.kind, count);
      if (problem) errors.push({ path: `${at}.kind`, message: problem });
      else if (extra) errors.push({ path: `${at}.source`, message: extra });
      else if (e.kind === 'async' && source.kind !== 'queue' && target.kind !== 'queue') {
        errors.push({ path: `${at}.kind`, message: 'an async edge must publish to or consume from a queue' });
      }
    }
  });
  const faultIds = new Set<string>();
  doc.scenario.faults.forEach((f, i) => {
    const at = `scenario.faults[${i}]`;
    if (faultIds.has(f.id)) errors.push({ path: `${at}.id`, message: `"${f.id}" is used by another fault` });
    faultIds.add(f.id);
    const target = nodes.get(f.target)?.kind ?? (edgeIds.has(f.target) ? 'edge' : undefined);
    const problem = faultTargetProblem(f.kind, f.target, target);
    if (problem) errors.push({ path: `${at}.target`, message: problem });
  });
  doc.scenario.traffic.forEach((t, i) => {
    if (nodes.get(t.target)?.kind !== 'client')
      errors.push({ path: `scenario.traffic[${i}].target`, message: `there is no client "${t.target}"` });
  });
  const schedules = scheduleBudgetProblem(doc.nodes.map((n) => (n.kind === 'client' ? n : {})));
  if (schedules) errors.push(schedules);
  doc.lesson.forEach((s, i) => {
    if (s.focus !== undefined && !nodes.has(s.focus) && !edgeIds.has(s.focus))
      errors.push({ path: `lesson[${i}].focus`, message: `there is no node or edge "${s.focus}"` });
  });
  return errors;
}
