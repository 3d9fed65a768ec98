/**
 * `--seeds`, `--sweep`, `--jobs` and `--shard` through the whole command line, on the real
 * worker pool: the same table for any number of workers, shards merged into the table an
 * unsharded run prints, and errors that name what is wrong.
 */
import { describe, expect, it } from 'vitest';
import { parseArgs } from './args';
import type { FileAccess } from './loadDocument';
import { EXIT } from './runCli';
import { inThisThread, runCliAsync } from './sweepCli';
import { planMerge } from './sweepMerge';

const noFiles: FileAccess = { size: () => null };
const SWEEP = [
  'retry-storm',
  '--duration',
  '40',
  '--seeds',
  '1..3',
  '--sweep',
  'edges.clients-api.retry.maxAttempts=1..3:3',
];

/** Part files held in memory, for sweep:merge. */
function partFiles(parts: Record<string, string>): FileAccess {
  return {
    size: (path) => (Object.hasOwn(parts, path) ? parts[path].length : null),
    readText: (path) => parts[path],
  };
}

describe('sweep options', () => {
  it('are read, and a seed run or sweep prints a table unless asked otherwise', () => {
    const r = parseArgs([
      'x.json',
      '--seeds',
      '1..3',
      '--sweep',
      'nodes.a.workers=1..4:4',
      '--jobs=2',
      '--shard',
      '2/5',
    ]);
    expect(r).toEqual({
      ok: true,
      args: {
        target: 'x.json',
        format: 'table',
        help: false,
        sweep: {
          seeds: [1, 2, 3],
          axes: [{ path: 'nodes.a.workers', from: 1, to: 4, count: 4, scale: 'linear' }],
          jobs: 2,
          shard: { index: 2, count: 5 },
        },
      },
    });
    const csv = parseArgs(['x.json', '--format', 'csv', '--seeds', '1']);
    expect(csv.ok && csv.args.format).toBe('csv');
  });

  it('name what is wrong', () => {
    const error = (argv: string[]) => {
      const r = parseArgs(argv);
      return r.ok ? '(accepted)' : r.error;
    };
    expect(error(['x', '--seeds', '3..1'])).toBe(
      '--seeds: the range "3..1" runs backwards: write the smaller seed first',
    );
    expect(error(['x', '--seeds', '1', '--seeds', '2'])).toBe('--seeds is given twice');
    expect(error(['x', '--sweep', 'nodes.a.workers'])).toMatch(
      /^--sweep: the sweep "nodes.a.workers" has no "="/,
    );
    expect(error(['x', '--seeds', '1', '--jobs', '0'])).toBe(
      '--jobs must be a whole number from 1 to 256, got "0"',
    );
    expect(error(['x', '--seeds', '1', '--shard', '3/2'])).toBe(
      '--shard must be I/N with 1 ≤ I ≤ N, such as 2/8, got "3/2"',
    );
    expect(error(['x', '--seeds', '1', '--shard', '0/2'])).toBe(
      '--shard must be I/N with 1 ≤ I ≤ N, such as 2/8, got "0/2"',
    );
    expect(error(['x', '--format', 'csv'])).toBe('--format csv needs --seeds or --sweep');
    expect(error(['x', '--jobs', '2'])).toBe('--jobs needs --seeds or --sweep');
    expect(error(['x', '--shard', '1/2'])).toBe('--shard needs --seeds or --sweep');
  });
});

describe('seed runs and sweeps on the command line', { timeout: 300_000 }, () => {
  it('refuse a sweep that does not fit the diagram before running anything', async () => {
    const r = await runCliAsync(['retry-storm', '--sweep', 'nodes.api.workers=0..4:3'], noFiles);
    expect(r.exitCode).toBe(EXIT.usage);
    expect(r.stderr).toMatch(
      /^error: --sweep nodes.api.workers: api · .* must stay from 1 to \d+, got 0..4\n$/,
    );
    const both = await runCliAsync(['retry-storm', '--seed', '3', '--seeds', '1..2'], noFiles);
    expect(both.stderr).toBe('error: give --seed or --seeds, not both\n');
  });

  it('print the same table with any number of workers, and the same as runs in this thread', async () => {
    const outputs = [];
    for (const jobs of ['1', '2', '3']) {
      const r = await runCliAsync([...SWEEP, '--format', 'json', '--jobs', jobs], noFiles);
      expect(r.exitCode, r.stderr).toBe(EXIT.ok);
      outputs.push(r.stdout);
    }
    expect(outputs[1]).toBe(outputs[0]);
    expect(outputs[2]).toBe(outputs[0]);
    const here = await runCliAsync([...SWEEP, '--format', 'json'], noFiles, async (job) => inThisThread(job));
    expect(here.stdout).toBe(outputs[0]);
    const table = JSON.parse(outputs[0]);
    expect(table.rows.map((r: { values: number[]; runs: number }) => [r.values, r.runs])).toEqual([
      [[1], 3],
      [[2], 3],
      [[3], 3],
    ]);
    expect(table.tippingPoints['client.clients.success'].between).toEqual([1, 2]);
  });

  it('print a seed run as spread lines and the collapse verdict', async () => {
    const r = await runCliAsync(['retry-storm', '--seeds', '1..4', '--jobs', '2'], noFiles);
    expect(r.exitCode, r.stderr).toBe(EXIT.ok);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe('A retry storm that does not end: 4 seeds (1..4), 0 failed');
    expect(lines[1]).toMatch(/^clients success \d+\.\d % \(\d+\.\d–\d+\.\d across 4 seeds\)$/);
    expect(r.stdout).toContain('clients: collapses in every seed (4)');
  });

  it('merge shards into exactly the table an unsharded run prints, in every format', async () => {
    const parts: Record<string, string> = {};
    for (const i of [1, 2, 3]) {
      const r = await runCliAsync([...SWEEP, '--shard', `${i}/3`, '--jobs', '2'], noFiles);
      expect(r.exitCode, r.stderr).toBe(EXIT.ok);
      parts[`part${i}.json`] = r.stdout;
    }
    const sizes = Object.values(parts).map((p) => JSON.parse(p).results.length);
    expect(sizes).toEqual([3, 3, 3]);
    for (const format of ['table', 'csv', 'json']) {
      const whole = await runCliAsync([...SWEEP, '--format', format, '--jobs', '2'], noFiles);
      const merged = planMerge(
        ['part3.json', 'part1.json', 'part2.json', '--format', format],
        partFiles(parts),
      );
      expect(merged.stderr).toBe('');
      expect([...merged.output].join('')).toBe(whole.stdout);
    }
  });

  it('sweep:merge refuses parts that are missing, repeated, from another sweep, or not parts', async () => {
    const part = (await runCliAsync([...SWEEP, '--shard', '1/2'], noFiles)).stdout;
    const other = (
      await runCliAsync(
        [...SWEEP.slice(0, -1), 'edges.clients-api.retry.maxAttempts=1..2:2', '--shard', '2/2'],
        noFiles,
      )
    ).stdout;
    const files = partFiles({
      'a.json': part,
      'b.json': other,
      'c.json': '{"format":"x"}',
      'd.json': 'not json',
    });
    const stderr = (argv: string[]) => planMerge(argv, files).stderr;
    expect(stderr(['a.json'])).toBe('error: shards 2 of 2 are missing\n');
    expect(stderr(['a.json', 'a.json'])).toBe('error: shard 1 is given twice: a.json and a.json\n');
    expect(stderr(['a.json', 'b.json'])).toBe('error: b.json is part of another sweep than a.json\n');
    expect(stderr(['c.json'])).toMatch(/^error: c.json is not a sweep part written by --shard \(format: /);
    expect(stderr(['d.json'])).toMatch(/^error: d.json is not JSON \(/);
    expect(stderr(['none.json'])).toBe('error: no such file: none.json\n');
    expect(stderr([])).toMatch(/^error: no part files given\n/);
    expect(planMerge(['a.json'], files).exitCode).toBe(2);
  });
});
