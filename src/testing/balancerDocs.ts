/**
 * Diagrams with a load balancer for the engine's tests: a client calls a balancer that
 * spreads the calls over `backends` services (s1, s2, …), each with the given overrides.
 */
import type { FaultlineDocument } from '../model';
import { makeDoc } from './testDocs';

type Loose = Record<string, unknown>;

export interface BalancedOptions {
  client?: Loose;
  balancer?: Loose;
  /** Overrides for every backend service, or one per backend. */
  backends?: Loose | Loose[];
  /** How many backends (default 2, or the length of `backends` when it is a list). */
  count?: number;
  /** The client → balancer edge. */
  edge?: Loose;
  /** The balancer → backend edges. */
  backendEdge?: Loose;
  scenario?: Loose;
}

/** client c → balancer lb → services s1…sk (edges c-lb and lb-s1…lb-sk). */
export function balancedDoc(o: BalancedOptions = {}): FaultlineDocument {
  const list = Array.isArray(o.backends) ? o.backends : null;
  const count = list ? list.length : (o.count ?? 2);
  const services = Array.from({ length: count }, (_, i) => ({
    id: `s${i + 1}`,
    kind: 'service',
    ...(list ? list[i] : (o.backends ?? {})),
  }));
  return makeDoc(
    [{ id: 'c', kind: 'client', ...o.client }, { id: 'lb', kind: 'balancer', ...o.balancer }, ...services],
    [
      { id: 'c-lb', kind: 'rpc', source: 'c', target: 'lb', ...o.edge },
      ...services.map((s) => ({
        id: `lb-${s.id}`,
        kind: 'rpc',
        source: 'lb',
        target: s.id,
        ...o.backendEdge,
      })),
    ],
    o.scenario ?? {},
  );
}
