import { describe, expect, it } from 'vitest';
import { simulate } from '../../sim';
import { clientService, makeDoc } from '../../testing/testDocs';
import { instanceSecondsText } from './instanceSeconds';

describe("the summary's instance-seconds", () => {
  it('names each service with what its instances cost, and the autoscaled ones their peak', () => {
    const doc = makeDoc(
      [
        { id: 'c', kind: 'client', rate: 10 },
        { id: 'a', kind: 'service', label: 'Front', instances: 3 },
        { id: 'b', kind: 'service', instances: 2, autoscale: { enabled: true, minInstances: 2 } },
      ],
      [
        { id: 'c-a', kind: 'rpc', source: 'c', target: 'a' },
        { id: 'a-b', kind: 'rpc', source: 'a', target: 'b' },
      ],
      { durationS: 10 },
    );
    const names: Record<string, string> = { a: 'Front', b: 'b' };
    expect(instanceSecondsText(simulate(doc), (id) => names[id])).toBe(
      '50 instance-seconds (Front 30; b 20, peak 2)',
    );
  });

  it('says nothing when no service autoscales', () => {
    expect(instanceSecondsText(simulate(clientService({}, {}, {}, { durationS: 2 })), (id) => id)).toBeNull();
  });
});
