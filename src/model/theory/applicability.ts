/**
 * Whether queueing theory describes one node of a diagram, and with which model: the
 * inspector shows the prediction beside the measured figures only where the model's
 * assumptions hold, and says which assumption fails otherwise (docs/theory.md).
 *
 * The assumptions: arrivals are Poisson (open-loop Poisson clients calling the node directly,
 * at fixed rates, with no retries or breakers on the way), service is exponential (any
 * number of workers, any backlog) or constant (one worker, unlimited backlog), the node
 * calls nothing else and nothing else changes it (no faults, autoscaling, slowdown, shedding,
 * rate limit or injected errors), and one instance holds the workers and the backlog.
 */
import type { DiagramEdge } from '../edges';
import { namesOf } from '../names';
import type { DiagramNode } from '../nodes';
import type { Fault } from '../scenario';
import type { FaultlineDocument } from '../schema';

/** The queueing models the inspector can show. K counts every place: workers plus backlog. */
export type QueueModel = 'M/M/c' | 'M/M/c/K' | 'M/D/1';

/** The parameters of a model: rates per second. */
export interface TheoryParams {
  /** Arrival rate λ (per second): the sum of the Poisson streams that reach the node. */
  lambda: number;
  /** Service rate μ of one worker (per second): 1000 ÷ mean service time in ms. */
  mu: number;
  /** Workers (c). */
  c: number;
  /** Places in the system (workers plus backlog), or null for an unlimited backlog. */
  K: number | null;
}

/** Whether theory applies to a node: the model and its parameters, or why not, in words. */
export type Applicability =
  | { applies: true; model: QueueModel; params: TheoryParams }
  | { applies: false; reasons: string[] };

const name = (n: { id: string; label: string }) => n.label || n.id;

/** Why the arrivals over `edge` from `source` are not a fixed-rate Poisson stream (empty when they are). */
function arrivalReasons(doc: FaultlineDocument, edge: DiagramEdge, source: DiagramNode): string[] {
  switch (source.kind) {
    case 'queue':
      return [`arrivals are not Poisson: they come from a queue (${name(source)})`];
    case 'service':
      return [`arrivals are not Poisson: they are calls from another service (${name(source)})`];
    case 'balancer':
      return [`arrivals come through a load balancer (${name(source)}), which spreads them by its own rule`];
    case 'cache':
      return [`arrivals come through a cache (${name(source)}), which passes on only its misses`];
    case 'database':
      return [`arrivals come from a database (${name(source)})`];
    case 'client':
      break;
  }
  if (source.kind !== 'client') return [];
  const reasons: string[] = [];
  if (source.loop === 'closed')
    reasons.push(
      `arrivals are not Poisson: ${name(source)} has closed-loop users, who wait for each answer before sending again`,
    );
  else if (source.arrival === 'constant')
    reasons.push(`arrivals are not Poisson: ${name(source)} sends at evenly spaced times`);
  else if (source.arrival === 'burst')
    reasons.push(`arrivals are not Poisson: ${name(source)} sends in bursts`);
  if (source.loop !== 'closed') {
    if (source.rateSchedule) reasons.push(`rate schedule varies: ${name(source)} follows a rate schedule`);
    if (source.rateTrace !== undefined)
      reasons.push(`rate schedule varies: ${name(source)} follows a rate trace`);
    if (doc.scenario.traffic.some((c) => c.target === source.id))
      reasons.push(`rate schedule varies: the scenario changes the rate of ${name(source)} during the run`);
  }
  if (edge.kind === 'rpc') {
    if (edge.retry.maxAttempts > 1)
      reasons.push(
        `a retry policy sends it repeats (calls from ${name(source)} are tried up to ${edge.retry.maxAttempts} times)`,
      );
    if (edge.breaker.enabled)
      reasons.push(`a circuit breaker on the call from ${name(source)} may stop calls`);
  }
  return reasons;
}

/** The share of `client`'s requests sent over `edge`: its weight over the client's edges (equal when all are 0). */
function shareOf(doc: FaultlineDocument, client: DiagramNode, edge: DiagramEdge): number {
  const out = doc.edges.filter((e) => e.source === client.id);
  const total = out.reduce((sum, e) => sum + e.weight, 0);
  return total > 0 ? edge.weight / total : 1 / out.length;
}

/** Why the node itself does not behave as a plain queue with c workers (empty when it does). */
function serviceReasons(doc: FaultlineDocument, node: DiagramNode): string[] {
  const reasons: string[] = [];
  if (node.kind !== 'service' && node.kind !== 'database') return reasons;
  const time = node.kind === 'service' ? node.serviceTime : node.latency;
  if (time.distribution === 'lognormal' || time.distribution === 'uniform')
    reasons.push(`service time is ${time.distribution}: the formulas cover exponential or constant service`);
  if (time.meanMs <= 0) reasons.push('service takes no time: nothing ever waits');
  if (node.errorRate > 0) reasons.push('an injected error rate fails some requests');
  if (node.loadFactor.curve !== 'off') reasons.push('service time grows with load (slowdown under load)');
  if (node.maxWaitMs !== 'none') reasons.push('requests that wait longer than the maximum wait are shed');
  if (node.kind === 'service') {
    const calls = doc.edges.filter((e) => e.source === node.id).length;
    if (calls > 0) reasons.push(`the service calls other nodes (${calls} outgoing)`);
    if (node.autoscale.enabled) reasons.push('autoscaling changes the number of workers during the run');
    else if (node.instances > 1)
      reasons.push(
        `requests are spread over ${node.instances} instances, each with its own workers and backlog`,
      );
    if (node.rateLimit.enabled) reasons.push('a rate limit turns calls away before they reach a worker');
  }
  return reasons;
}

/** Faults of the run that touch the node, a client feeding it, or an edge to or from it. */
function faultReasons(doc: FaultlineDocument, node: DiagramNode, faults: readonly Fault[]): string[] {
  const touched = new Set<string>([node.id]);
  for (const e of doc.edges) {
    if (e.target === node.id) touched.add(e.source).add(e.id);
    if (e.source === node.id) touched.add(e.id);
  }
  // An edge by its ends ("Service 1 → Service 2"), as the fault strip names it: never an id.
  const label = namesOf(doc);
  return faults
    .filter((f) => touched.has(f.target) && f.startS < doc.scenario.durationS)
    .map(
      (f) =>
        `a fault is active in the window: ${f.kind} on ${label(f.target)} from ${f.startS} s for ${f.durationS} s`,
    );
}

/**
 * Whether queueing theory applies to node `nodeId` of `doc` over the run, and with which
 * model. `faults` are the run's faults (the scenario's by default; a live run may add some).
 */
export function applicability(
  doc: FaultlineDocument,
  nodeId: string,
  faults: readonly Fault[] = doc.scenario.faults,
): Applicability {
  const node = doc.nodes.find((n) => n.id === nodeId);
  if (!node) return { applies: false, reasons: [`there is no node "${nodeId}"`] };
  if (node.kind !== 'service' && node.kind !== 'database')
    return { applies: false, reasons: [`a ${node.kind} is not a queue with workers`] };

  const reasons = serviceReasons(doc, node);
  let lambda = 0;
  const incoming = doc.edges.filter((e) => e.target === node.id);
  for (const edge of incoming) {
    const source = doc.nodes.find((n) => n.id === edge.source);
    if (!source) continue;
    const why = arrivalReasons(doc, edge, source);
    reasons.push(...why);
    if (why.length === 0 && source.kind === 'client') lambda += source.rate * shareOf(doc, source, edge);
  }
  if (incoming.length === 0) reasons.push('nothing calls it: no arrivals');
  reasons.push(...faultReasons(doc, node, faults));

  const time = node.kind === 'service' ? node.serviceTime : node.latency;
  const c = node.kind === 'service' ? node.workers : node.pool;
  const K = node.backlogLimit === 'unlimited' ? null : c + node.backlogLimit;
  const constant = time.distribution === 'constant';
  if (constant && c > 1)
    reasons.push('constant service with several workers (M/D/c) has no simple closed form');
  else if (constant && K !== null)
    reasons.push('constant service with a bounded backlog (M/D/1/K) has no simple closed form');
  if (reasons.length > 0) return { applies: false, reasons };

  const params: TheoryParams = { lambda, mu: 1000 / time.meanMs, c, K };
  if (lambda <= 0) return { applies: false, reasons: ['no arrivals: the clients that call it send nothing'] };
  if (K === null && lambda >= c * params.mu)
    return {
      applies: false,
      reasons: [
        `no steady state: arrivals (${round(lambda)}/s) reach or exceed what ${c} worker${c === 1 ? '' : 's'} can serve (${round(c * params.mu)}/s) and the backlog is unlimited, so it grows for ever`,
      ],
    };
  return { applies: true, model: constant ? 'M/D/1' : K === null ? 'M/M/c' : 'M/M/c/K', params };
}

const round = (x: number) => Math.round(x * 10) / 10;
