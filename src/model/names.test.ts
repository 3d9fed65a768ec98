import { describe, expect, it } from 'vitest';
import { namesOf } from './names';

const doc = {
  nodes: [
    { id: 'service-1', label: 'Checkout' },
    { id: 'service-2', label: 'Billing' },
    { id: 'queue-1', label: '' },
  ],
  edges: [{ id: 'service-1-service-2', source: 'service-1', target: 'service-2' }],
} as unknown as Parameters<typeof namesOf>[0];

describe('namesOf', () => {
  it('names a node by its label and an edge by its ends, falling back to the id', () => {
    const name = namesOf(doc);
    expect(name('service-2')).toBe('Billing');
    expect(name('service-1-service-2')).toBe('Checkout → Billing');
    expect(name('queue-1')).toBe('queue-1');
    expect(name('gone')).toBe('gone');
  });
});
