import { describe, expect, it } from 'vitest';
import { FAULT_TARGETS, type FaultTarget, faultKindsFor } from './faultTargets';
import { FAULT_KINDS, NODE_KINDS } from './kinds';
import { parseDocument } from './parseDocument';

/** A document with one node of each kind and an edge, and `fault` on its timeline. */
function withFault(kind: string, target: string) {
  return {
    version: 3,
    nodes: [
      { id: 'client', kind: 'client', label: 'Client', position: { x: 0, y: 0 } },
      { id: 'service', kind: 'service', label: 'Service', position: { x: 200, y: 0 } },
      { id: 'queue', kind: 'queue', label: 'Queue', position: { x: 400, y: 0 } },
      { id: 'database', kind: 'database', label: 'Database', position: { x: 600, y: 0 } },
      { id: 'balancer', kind: 'balancer', label: 'Balancer', position: { x: 800, y: 0 } },
    ],
    edges: [{ id: 'edge', kind: 'rpc', source: 'client', target: 'service' }],
    scenario: { faults: [{ id: 'f', kind, target, startS: 1, durationS: 1 }] },
  };
}

describe('fault targets', () => {
  it('the model refuses a fault the engine would ignore, naming the fault and the target', () => {
    const r = parseDocument(withFault('slow', 'queue'));
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.errors).toEqual([
        { path: 'scenario.faults[0].target', message: 'a slow fault cannot target a queue' },
      ]);
  });

  it('accepts each fault exactly on the targets it applies to', () => {
    const targets: FaultTarget[] = [...NODE_KINDS, 'edge'];
    for (const kind of FAULT_KINDS) {
      for (const target of targets) {
        const accepted = parseDocument(withFault(kind, target)).ok;
        expect(accepted, `${kind} on ${target}`).toBe(FAULT_TARGETS[kind].includes(target));
      }
    }
  });

  it('lists the kinds that apply to a target', () => {
    expect(faultKindsFor('edge')).toEqual(['partition']);
    expect(faultKindsFor('client')).toEqual(['surge']);
    expect(faultKindsFor('queue')).toEqual(['crash', 'redeploy']);
    expect(faultKindsFor('service')).toEqual(['crash', 'redeploy', 'slow', 'errors', 'capacity']);
  });
});
