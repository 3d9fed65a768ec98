import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatSeedList, MAX_SEEDS, parseSeedList } from './seedList';

describe('parseSeedList', () => {
  it('reads ranges, lists and both mixed, in the order written', () => {
    expect(parseSeedList('1..5')).toEqual({ ok: true, seeds: [1, 2, 3, 4, 5] });
    expect(parseSeedList('1,2,5')).toEqual({ ok: true, seeds: [1, 2, 5] });
    expect(parseSeedList(' 7 , 1..3 ')).toEqual({ ok: true, seeds: [7, 1, 2, 3] });
    expect(parseSeedList('0..0')).toEqual({ ok: true, seeds: [0] });
    expect(parseSeedList('4294967295')).toEqual({ ok: true, seeds: [4294967295] });
  });

  it('names what is wrong', () => {
    const error = (text: string) => {
      const r = parseSeedList(text);
      return r.ok ? '(accepted)' : r.error;
    };
    expect(error('')).toBe('the seed list is empty: write seeds such as 1..20 or 1,2,5');
    expect(error('1,,2')).toBe('the seed list "1,,2" has an empty part between commas');
    expect(error('5..1')).toBe('the range "5..1" runs backwards: write the smaller seed first');
    expect(error('1..x')).toBe('seed "x" in "1..x" must be a whole number from 0 to 4294967295');
    expect(error('-1')).toBe('seed "-1" in "-1" must be a whole number from 0 to 4294967295');
    expect(error('2.5')).toBe('seed "2.5" in "2.5" must be a whole number from 0 to 4294967295');
    expect(error('4294967296')).toBe(
      'seed "4294967296" in "4294967296" must be a whole number from 0 to 4294967295',
    );
    expect(error('1..3,2')).toBe('seed 2 is listed twice in "1..3,2"');
    expect(error(`1..${MAX_SEEDS + 1}`)).toBe(
      `the seed list "1..${MAX_SEEDS + 1}" holds more than ${MAX_SEEDS} seeds`,
    );
    // A huge range is refused before any seed is listed.
    expect(error('0..4294967295')).toMatch(/holds more than/);
  });

  it('reads back what formatSeedList writes', () => {
    expect(formatSeedList([1, 2, 3, 4, 7, 9, 10])).toBe('1..4,7,9,10');
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 0, max: 200 }), { minLength: 1, maxLength: 60 }),
        (seeds) => {
          expect(parseSeedList(formatSeedList(seeds))).toEqual({ ok: true, seeds });
        },
      ),
    );
  });
});
