/**
 * The moment a goal broke, in words: the first second of the series where it fell short,
 * and the fault active then ("client success fell to 41 % at 20 s: payments redeploy").
 */
import type { Fault, FaultlineDocument } from '../model';

const FAULT_WORDS: Record<Fault['kind'], string> = {
  crash: 'crash',
  redeploy: 'redeploy',
  slow: 'slowdown',
  errors: 'errors',
  capacity: 'capacity loss',
  partition: 'partition',
  surge: 'surge',
  flush: 'flush',
};

/** "payments redeploy": the fault's target by its label, then what happens to it. */
export function faultWords(doc: FaultlineDocument, fault: Fault): string {
  const node = doc.nodes.find((n) => n.id === fault.target);
  const name = node?.label || fault.target;
  // A crash that hangs calls is felt as a hang, not as refusals.
  const what = fault.kind === 'crash' && fault.mode === 'hang' ? 'hang' : FAULT_WORDS[fault.kind];
  return `${name} ${what}`;
}

/**
 * What was happening at second `t`: the faults active then, or the last one that ended
 * before ("after payments redeploy"), or "no fault active".
 */
export function faultsAt(doc: FaultlineDocument, t: number): string {
  const faults = doc.scenario.faults;
  const active = faults.filter((f) => f.startS <= t + 1 && t < f.startS + f.durationS);
  if (active.length > 0) return active.map((f) => faultWords(doc, f)).join(', ');
  let last: Fault | undefined;
  for (const f of faults) if (f.startS + f.durationS <= t && (!last || f.startS > last.startS)) last = f;
  return last ? `after ${faultWords(doc, last)}` : 'no fault active';
}

/** "12 s", "20.5 s". */
export function secondsText(t: number): string {
  return `${Math.round(t * 10) / 10} s`;
}

/** "97.2 %": rounded down, so a value just under a goal never reads as meeting it. */
export function percentText(ratio: number): string {
  return `${Math.floor(ratio * 1000) / 10} %`;
}

/** "2,310 ms". */
export function msText(ms: number): string {
  return `${Math.round(ms).toLocaleString('en-US')} ms`;
}
