/**
 * The command line's options for seed runs and sweeps (`--seeds`, `--sweep`, `--jobs`,
 * `--shard`), read here so args.ts only hands them over.
 */
import { parseSeedList, parseSweepAxis, type SweepAxis } from '../sweeps';

/** What the sweep options asked for. */
export interface SweepArgs {
  /** `--seeds 1..100`: the seeds every value runs over. */
  seeds?: number[];
  /** `--sweep path=from..to:count`, once per axis (two make a grid). */
  axes: SweepAxis[];
  /** `--jobs N`: worker threads (default: cores − 1, at least 1). */
  jobs?: number;
  /** `--shard i/n`: run only slice i (1-based) of n and write a partial result for sweep:merge. */
  shard?: { index: number; count: number };
}

/** The options this file reads. */
export const SWEEP_OPTIONS = ['--seeds', '--sweep', '--jobs', '--shard'] as const;

/** Most worker threads --jobs may ask for. */
export const MAX_JOBS = 256;

/** The usage lines of the sweep options. */
export const SWEEP_USAGE = `  --seeds LIST      run every seed of LIST (1..100, 1,2,5) and print the spread of each outcome
  --sweep P=A..B:N  vary parameter P (edges.<id>.timeoutMs, nodes.<id>.workers…) over N values
                    from A to B (add :log for a log scale); give it twice for a grid
  --jobs N          worker threads for --seeds and --sweep (default: cores − 1, at least 1)
  --shard I/N       run slice I of N of the sweep's runs and write them for sweep:merge
  --format csv      with --seeds or --sweep: the result table as CSV`;

/** Reads one sweep option's value into `into`; the error in words, or null. */
export function readSweepOption(into: SweepArgs, name: string, value: string): string | null {
  if (name === '--seeds') {
    if (into.seeds) return '--seeds is given twice';
    const r = parseSeedList(value);
    if (!r.ok) return `--seeds: ${r.error}`;
    into.seeds = r.seeds;
  } else if (name === '--sweep') {
    const r = parseSweepAxis(value);
    if (!r.ok) return `--sweep: ${r.error}`;
    into.axes.push(r.value);
  } else if (name === '--jobs') {
    if (!/^\d+$/.test(value) || Number(value) < 1 || Number(value) > MAX_JOBS)
      return `--jobs must be a whole number from 1 to ${MAX_JOBS}, got "${value}"`;
    into.jobs = Number(value);
  } else if (name === '--shard') {
    const m = /^(\d+)\/(\d+)$/.exec(value);
    if (!m || Number(m[2]) < 1 || Number(m[1]) < 1 || Number(m[1]) > Number(m[2]))
      return `--shard must be I/N with 1 ≤ I ≤ N, such as 2/8, got "${value}"`;
    into.shard = { index: Number(m[1]), count: Number(m[2]) };
  }
  return null;
}
