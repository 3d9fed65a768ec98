import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePlayerCommand } from './playerCommand';

describe('parsePlayerCommand', () => {
  it('accepts exactly the five player commands', () => {
    expect(parsePlayerCommand({ type: 'faultline:speed', speed: 10 })).toEqual({
      type: 'faultline:speed',
      speed: 10,
    });
    expect(parsePlayerCommand({ type: 'faultline:play' })).toEqual({ type: 'faultline:play' });
    expect(parsePlayerCommand({ type: 'faultline:pause' })).toEqual({ type: 'faultline:pause' });
    expect(parsePlayerCommand({ type: 'faultline:step' })).toEqual({ type: 'faultline:step', ms: 1000 });
    expect(parsePlayerCommand({ type: 'faultline:step', ms: 250 })).toEqual({
      type: 'faultline:step',
      ms: 250,
    });
    expect(parsePlayerCommand({ type: 'faultline:seek', tMs: 0 })).toEqual({
      type: 'faultline:seek',
      tMs: 0,
    });
  });

  it('ignores everything else', () => {
    const bad: unknown[] = [
      null,
      undefined,
      'faultline:play',
      ['faultline:play'],
      { type: 'faultline:load', doc: {} },
      { type: 'faultline:play', extra: 1 },
      { type: 'FAULTLINE:PLAY' },
      { type: 'faultline:seek' },
      { type: 'faultline:seek', tMs: Number.NaN },
      { type: 'faultline:seek', tMs: -1 },
      { type: 'faultline:seek', tMs: '100' },
      { type: 'faultline:seek', tMs: 1e12 },
      { type: 'faultline:step', ms: 0 },
      { type: 'faultline:speed', speed: 3 },
      { type: 'faultline:speed', speed: 'end' },
      { type: 'faultline:speed', speed: '10' },
      { type: 'faultline:speed' },
      { type: 'faultline:step', ms: Number.POSITIVE_INFINITY },
      JSON.parse('{"type":"faultline:play","__proto__":{"polluted":true}}'),
      Object.create({ type: 'faultline:play' }),
      new (class {
        type = 'faultline:play';
      })(),
      new Proxy(
        {},
        {
          ownKeys: () => {
            throw new Error('trap');
          },
          get: () => 'faultline:play',
        },
      ),
    ];
    for (const data of bad) expect(parsePlayerCommand(data)).toBeNull();
  });

  it('never throws on arbitrary values', () => {
    fc.assert(
      fc.property(fc.anything(), (v) => {
        const r = parsePlayerCommand(v);
        expect(r === null || typeof r.type === 'string').toBe(true);
      }),
    );
  });
});
