import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEW_OPTIONS, formatViewOptions, parseViewOptions } from './viewOptions';

describe('parseViewOptions', () => {
  it('reads every known option', () => {
    expect(parseViewOptions('?embed&autoplay=1&theme=dark&step=3&compare=true&present&linked&edit')).toEqual({
      embed: true,
      autoplay: true,
      theme: 'dark',
      step: 3,
      compare: true,
      comparePair: null,
      present: true,
      linked: true,
      edit: true,
    });
  });

  it('reads a pair of scenario ids to compare', () => {
    const o = parseViewOptions('?compare=rpc-chain-redeploy,queue-redeploy');
    expect(o.compare).toBe(true);
    expect(o.comparePair).toEqual(['rpc-chain-redeploy', 'queue-redeploy']);
    expect(formatViewOptions(o)).toBe('?compare=rpc-chain-redeploy,queue-redeploy');
    expect(parseViewOptions('?compare=a,b,c').compare).toBe(false);
    expect(parseViewOptions('?compare=a<b,c').comparePair).toBeNull();
  });

  it('ignores unknown parameters and unknown values', () => {
    expect(parseViewOptions('?theme=neon&step=-1&embed=maybe&foo=bar')).toEqual(DEFAULT_VIEW_OPTIONS);
    expect(parseViewOptions('?step=1e3')).toEqual(DEFAULT_VIEW_OPTIONS);
    expect(parseViewOptions('?step=0')).toEqual(DEFAULT_VIEW_OPTIONS);
    expect(parseViewOptions('?step=99999')).toEqual(DEFAULT_VIEW_OPTIONS);
    expect(parseViewOptions('?embed=0').embed).toBe(false);
    expect(parseViewOptions('?__proto__=1&constructor=x')).toEqual(DEFAULT_VIEW_OPTIONS);
    expect(parseViewOptions(`?embed&x=${'a'.repeat(5000)}`)).toEqual(DEFAULT_VIEW_OPTIONS);
  });

  it('does not read content from the fragment', () => {
    expect(parseViewOptions('')).toEqual(DEFAULT_VIEW_OPTIONS);
  });

  it('never throws on any string and only ever yields known values', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (s) => {
        const o = parseViewOptions(s);
        expect(Object.keys(o).sort()).toEqual(Object.keys(DEFAULT_VIEW_OPTIONS).sort());
        expect([null, 'dark', 'light']).toContain(o.theme);
        expect(o.step === null || (Number.isInteger(o.step) && o.step >= 1)).toBe(true);
      }),
    );
  });

  it('round-trips through formatViewOptions', () => {
    const o = { ...DEFAULT_VIEW_OPTIONS, embed: true, theme: 'light' as const, step: 2 };
    expect(formatViewOptions(o)).toBe('?embed&theme=light&step=2');
    const linked = { ...DEFAULT_VIEW_OPTIONS, embed: true, linked: true };
    expect(parseViewOptions(formatViewOptions(linked))).toEqual(linked);
    expect(parseViewOptions(formatViewOptions(o))).toEqual(o);
    expect(formatViewOptions(DEFAULT_VIEW_OPTIONS)).toBe('');
  });
});
