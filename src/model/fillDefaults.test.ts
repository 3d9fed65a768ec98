import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fillDefaults } from './fillDefaults';
import { validDocument } from './fixtures/arbitraries';
import { parseDocument } from './parseDocument';

describe('fillDefaults', () => {
  it('gives what parseDocument gives for any valid document, key order included (property)', () => {
    fc.assert(
      fc.property(validDocument(6), (stored) => {
        const parsed = parseDocument(stored);
        if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
        expect(JSON.stringify(fillDefaults(stored))).toBe(JSON.stringify(parsed.doc));
      }),
      { numRuns: 150 },
    );
  });
});
