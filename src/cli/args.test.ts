import { describe, expect, it } from 'vitest';
import { parseArgs } from './args';

describe('parseArgs', () => {
  it('reads the target and every option, in both spellings', () => {
    expect(parseArgs(['doc.json', '--seed', '7', '--duration=12.5', '--format', 'table'])).toEqual({
      ok: true,
      args: { target: 'doc.json', seed: 7, durationS: 12.5, format: 'table', help: false },
    });
    expect(parseArgs(['--seed=0', 'rpc-chain-redeploy'])).toEqual({
      ok: true,
      args: { target: 'rpc-chain-redeploy', seed: 0, format: 'json', help: false },
    });
  });

  it('refuses seeds and durations out of range, with the option named', () => {
    for (const bad of [
      ['x', '--seed', '-1'],
      ['x', '--seed', '1.5'],
      ['x', '--seed', '4294967296'],
    ]) {
      const r = parseArgs(bad);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error).toMatch(/^--seed must be a whole number/);
    }
    for (const bad of [
      '0',
      '-3',
      '86401',
      'abc',
      '',
      '0x10',
      '1e-300',
      '1e3',
      ' 5',
      '5 ',
      '+5',
      'Infinity',
      '1_0',
    ]) {
      const r = parseArgs(['x', `--duration=${bad}`]);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error).toMatch(/^--duration must be/);
    }
  });

  it('takes durations written in plain digits', () => {
    for (const [raw, s] of [
      ['30', 30],
      ['0.5', 0.5],
      ['.25', 0.25],
      ['12.', 12],
      ['86400', 86_400],
    ] as const) {
      const r = parseArgs(['x', '--duration', raw]);
      expect(r.ok && r.args.durationS).toBe(s);
    }
  });

  it('reads --output, refusing an empty file name', () => {
    const r = parseArgs(['x.json', '--output', 'report.json']);
    expect(r.ok && r.args.output).toBe('report.json');
    expect(parseArgs(['x.json', '--output='])).toEqual({ ok: false, error: '--output needs a file name' });
  });

  it('reads --max-events and refuses values out of range', () => {
    const r = parseArgs(['x.json', '--max-events', '50000000']);
    expect(r.ok && r.args.maxEvents).toBe(50_000_000);
    for (const bad of ['0', '-1', '1e6', '2000000000']) {
      const e = parseArgs(['x.json', `--max-events=${bad}`]);
      expect(e.ok).toBe(false);
      if (!e.ok) expect(e.error).toMatch(/^--max-events must be a whole number/);
    }
  });

  it('refuses unknown options and formats, missing values and extra targets', () => {
    expect(parseArgs(['x', '--speed', '2'])).toEqual({ ok: false, error: 'unknown option --speed' });
    expect(parseArgs(['x', '--format', 'xml'])).toEqual({
      ok: false,
      error: '--format must be json, table or csv, got "xml"',
    });
    expect(parseArgs(['x', '--seed'])).toEqual({ ok: false, error: '--seed needs a value' });
    expect(parseArgs([])).toEqual({ ok: false, error: 'missing the document or scenario id' });
    expect(parseArgs(['a', 'b'])).toEqual({
      ok: false,
      error: 'expected one document or scenario id, got 2',
    });
  });

  it('answers --help without a target', () => {
    const r = parseArgs(['--help']);
    expect(r.ok && r.args.help).toBe(true);
  });
});
