import type { FaultKind } from '../../model';

/** One entry of the fault menu: a kind with the parameters that make it distinct. */
export interface FaultChoice {
  label: string;
  kind: FaultKind;
  params?: Record<string, unknown>;
}

/** The fault menu's entries for a node of `nodeKind` (or an edge, when null). */
export function faultChoicesFor(nodeKind: string | null): FaultChoice[] {
  if (nodeKind === null) return [{ label: 'Partition (drop everything)', kind: 'partition' }];
  if (nodeKind === 'client') return [{ label: 'Surge (traffic ×3)', kind: 'surge', params: { factor: 3 } }];
  const down: FaultChoice[] = [
    { label: 'Crash (refuse calls)', kind: 'crash', params: { mode: 'refuse' } },
    { label: 'Crash (hang calls)', kind: 'crash', params: { mode: 'hang' } },
    { label: 'Redeploy', kind: 'redeploy' },
  ];
  if (nodeKind === 'queue') return down;
  return [
    ...down,
    { label: 'Slow (×5 service time)', kind: 'slow', params: { factor: 5 } },
    { label: 'Errors (50 % fail)', kind: 'errors', params: { rate: 0.5 } },
    { label: 'Capacity (lose 50 % of workers)', kind: 'capacity', params: { fraction: 0.5 } },
  ];
}

/** Durations offered in the menu, in seconds. */
export const FAULT_DURATIONS = [5, 10, 30, 60] as const;
