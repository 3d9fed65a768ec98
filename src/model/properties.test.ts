import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type FaultlineDocument, parseDocument, stripDefaults } from '.';
import { validDocument } from './fixtures/arbitraries';

function parsed(input: unknown): FaultlineDocument {
  const r = parseDocument(input);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.doc;
}

describe('properties of the document schema', () => {
  it('every document the schema accepts survives serialise → parse unchanged', () => {
    fc.assert(
      fc.property(validDocument(), (stored) => {
        const doc = parsed(stored);
        // Stored form (defaults stripped) and full form both come back identical.
        expect(parsed(JSON.parse(JSON.stringify(stripDefaults(doc))))).toEqual(doc);
        expect(parsed(JSON.parse(JSON.stringify(doc)))).toEqual(doc);
        // Stripping is idempotent: the stored form of the stored form is itself.
        expect(stripDefaults(parsed(stripDefaults(doc)))).toEqual(stripDefaults(doc));
      }),
      { numRuns: 300 },
    );
  });

  it('arbitrary JSON is accepted or rejected with errors, never throws', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const r = parseDocument(value);
        if (!r.ok) expect(r.errors.length).toBeGreaterThan(0);
      }),
      { numRuns: 1000 },
    );
  });

  it('a valid document with one value replaced by anything is accepted or rejected with named errors', () => {
    const mutated = fc
      .tuple(validDocument(4), fc.nat(), fc.anything({ withObjectString: true, withNullPrototype: true }))
      .map(([stored, at, value]) => {
        const copy = JSON.parse(JSON.stringify(stored));
        const slots = collectSlots(copy);
        const [holder, key] = slots[at % slots.length];
        (holder as Record<string, unknown>)[key] = value;
        return copy;
      });
    fc.assert(
      fc.property(mutated, (doc) => {
        const r = parseDocument(doc);
        if (!r.ok) for (const e of r.errors) expect(e.path.length).toBeGreaterThan(0);
      }),
      { numRuns: 500 },
    );
  });
});

/** Every (object, key) pair of a JSON value, to replace one value at random. */
function collectSlots(value: unknown, out: [object, string][] = []): [object, string][] {
  if (value && typeof value === 'object') {
    for (const key of Object.keys(value)) {
      out.push([value, key]);
      collectSlots((value as Record<string, unknown>)[key], out);
    }
  }
  return out;
}
