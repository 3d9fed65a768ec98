import type { EdgeKind } from './edges';
import type { NodeKind } from './nodes';

/**
 * Which edges may join which nodes (docs/document-format.md, "Edges"). Returns the reason a
 * connection is refused, in words for the person drawing it, or null when it is allowed.
 * A service→service async edge is allowed here: the editor turns it into service→queue→service.
 */
export function connectionProblem(edge: EdgeKind, source: NodeKind, target: NodeKind): string | null {
  if (target === 'client') return 'Nothing can call a client: clients only send requests.';
  if (source === 'database') return 'A database only answers queries; it does not call anything.';
  // A cache sits on an RPC path: callers ask it, it asks its backend (a service or database).
  if (source === 'cache') {
    if (edge !== 'rpc') return 'A cache asks its backend over an RPC call, not with messages.';
    if (target !== 'service' && target !== 'database')
      return 'A cache sits in front of a service or a database.';
    return null;
  }
  if (target === 'cache' && edge !== 'rpc') return 'A cache is asked over RPC, not with messages.';
  const balancer = balancerProblem(edge, source, target);
  if (balancer) return balancer;
  if (edge === 'rpc') {
    if (source === 'queue') return 'A queue delivers to consumers over an async edge, not an RPC call.';
    if (target === 'queue') return 'Publishing to a queue is an async edge, not an RPC call.';
    return null;
  }
  if (source === 'queue') {
    if (target === 'queue') return 'A queue cannot consume from another queue.';
    if (target === 'database') return 'A database cannot consume messages; put a service in between.';
    return null;
  }
  if (target === 'database') return 'A database is queried over RPC, not with messages.';
  return null;
}

/**
 * Why `source` may not get another outgoing edge, or null: a cache has one backend (it asks
 * it on every miss), so a second edge out of a cache is refused. `existing` counts the edges
 * already leaving it.
 */
export function outgoingProblem(source: NodeKind, existing: number): string | null {
  if (source === 'cache' && existing >= 1)
    return 'A cache has one backend: remove its edge to the current one first.';
  return null;
}

/** Whether this edge needs a queue inserted between its ends (service → service, async). */
export function needsQueueBetween(edge: EdgeKind, source: NodeKind, target: NodeKind): boolean {
  return edge === 'async' && (source === 'service' || source === 'client') && target === 'service';
}

/**
 * A load balancer is a hop on an RPC path: clients and services call it, and it passes each
 * call on to one of the services or databases (or balancers) behind it. It does not speak to
 * queues: messages are already spread over a queue's consumers.
 */
function balancerProblem(edge: EdgeKind, source: NodeKind, target: NodeKind): string | null {
  if (source !== 'balancer' && target !== 'balancer') return null;
  if (edge !== 'rpc') return 'A load balancer passes on RPC calls, not messages.';
  if (source === 'queue') return 'A queue delivers to consumers over an async edge, not to a load balancer.';
  if (target === 'queue') return 'A load balancer passes calls to services or databases, not to a queue.';
  return null;
}
