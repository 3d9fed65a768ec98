import { type FaultTarget, faultApplies } from '../../model/faultTargets';
import type { FaultKind } from '../../model/kinds';
import { FAULT_PARAMS } from '../../model/params/faultParams';

/** One entry of the fault menu: a kind with the parameters that make it distinct. */
export interface FaultChoice {
  label: string;
  kind: FaultKind;
  params?: Record<string, unknown>;
}

const percent = (fraction: number) => `${Math.round(fraction * 100)} %`;

/** Every entry the menu can offer, in its order; the parameters shown are the declared defaults. */
const CHOICES: readonly FaultChoice[] = [
  { label: 'Crash (refuse calls)', kind: 'crash', params: { mode: 'refuse' } },
  { label: 'Crash (hang calls)', kind: 'crash', params: { mode: 'hang' } },
  { label: 'Redeploy', kind: 'redeploy' },
  { label: `Slow (×${FAULT_PARAMS.slow.factor.default} service time)`, kind: 'slow' },
  { label: `Errors (${percent(FAULT_PARAMS.errors.rate.default)} fail)`, kind: 'errors' },
  {
    label: `Capacity (lose ${percent(FAULT_PARAMS.capacity.fraction.default)} of workers)`,
    kind: 'capacity',
  },
  { label: 'Partition (drop everything)', kind: 'partition' },
  { label: `Surge (traffic ×${FAULT_PARAMS.surge.factor.default})`, kind: 'surge' },
  { label: 'Flush (empty it, bypass while it lasts)', kind: 'flush' },
];

/** The fault menu's entries for `target` (a node's kind, or "edge"): only faults that act on it (faultTargets.ts). */
export function faultChoicesFor(target: FaultTarget): FaultChoice[] {
  return CHOICES.filter((c) => faultApplies(c.kind, target));
}

/** Durations offered in the menu, in seconds. */
export const FAULT_DURATIONS = [5, 10, 30, 60] as const;
