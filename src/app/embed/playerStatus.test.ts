import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePlayerStatus, playerState } from './playerStatus';

describe('parsePlayerStatus', () => {
  it('reads a status', () => {
    const status = { type: 'faultline:status', state: 'running', tMs: 1500, endMs: 60_000 };
    expect(parsePlayerStatus(status)).toEqual(status);
    expect(parsePlayerStatus(JSON.parse(JSON.stringify(status)))).toEqual(status);
  });

  it('ignores anything else', () => {
    const ok = { type: 'faultline:status', state: 'paused', tMs: 0, endMs: 1000 };
    for (const bad of [
      null,
      'faultline:status',
      [ok],
      { ...ok, type: 'faultline:play' },
      { ...ok, state: 'exploded' },
      { ...ok, tMs: -1 },
      { ...ok, tMs: Number.NaN },
      { ...ok, endMs: '1000' },
      { ...ok, extra: true },
      { type: ok.type, state: ok.state, tMs: ok.tMs },
      Object.create(ok),
    ])
      expect(parsePlayerStatus(bad)).toBeNull();
  });

  it('never throws', () => {
    fc.assert(
      fc.property(fc.anything(), (v) => {
        expect(() => parsePlayerStatus(v)).not.toThrow();
      }),
    );
  });
});

describe('playerState', () => {
  it('maps the playback machine states and reads anything else as paused', () => {
    expect(playerState('running')).toBe('running');
    expect(playerState('finished')).toBe('finished');
    expect(playerState('asking')).toBe('paused');
  });
});
