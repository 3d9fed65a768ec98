import { describe, expect, it } from 'vitest';
import { FAULT_TARGETS } from '../../model/faultTargets';
import { NODE_KINDS } from '../../model/kinds';
import { faultChoicesFor } from './faultChoices';

describe('the fault menu', () => {
  it('offers only faults that act on the target (the model rule)', () => {
    for (const target of [...NODE_KINDS, 'edge'] as const) {
      const kinds = new Set(faultChoicesFor(target).map((c) => c.kind));
      for (const kind of kinds) expect(FAULT_TARGETS[kind], `${kind} on ${target}`).toContain(target);
      expect(kinds.size, target).toBeGreaterThan(0);
    }
    expect(faultChoicesFor('queue').map((c) => c.label)).toEqual([
      'Crash (refuse calls)',
      'Crash (hang calls)',
      'Redeploy',
    ]);
    expect(faultChoicesFor('service').map((c) => c.label)).toEqual([
      'Crash (refuse calls)',
      'Crash (hang calls)',
      'Redeploy',
      'Slow (×5 service time)',
      'Errors (50 % fail)',
      'Capacity (lose 50 % of workers)',
    ]);
    expect(faultChoicesFor('client').map((c) => c.label)).toEqual(['Surge (traffic ×3)']);
    expect(faultChoicesFor('edge').map((c) => c.label)).toEqual(['Partition (drop everything)']);
  });
});
