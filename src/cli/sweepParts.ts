/**
 * Shards of a sweep: `--shard i/n` runs one slice of the sweep's runs and writes it as a
 * part file; `npm run sweep:merge -- part*.json` reads the parts back and builds the same
 * table an unsharded run prints. A part names the sweep it belongs to by a key (a checksum
 * of the document, the axes, the seeds and the run options), so parts of different sweeps
 * are never mixed.
 */
import { z } from 'zod';
import { crc32 } from '../model/decode/crc32';
import type { SweepPlan, SweepRunResult, TableAxis } from '../sweeps';
import type { SweepRunOptions } from '../sweeps/runTask';

/** The part file's format tag. */
export const PART_FORMAT = 'faultline-sweep-part/1';

/** One shard's runs, as written to its file. */
export interface SweepPart {
  format: typeof PART_FORMAT;
  /** The document's title. */
  title: string;
  /** Client id → label, for the merged table's words. */
  clientNames: Record<string, string>;
  /** Which sweep this is a part of (see sweepKey). */
  key: string;
  axes: TableAxis[];
  points: number[][];
  seeds: number[];
  shard: { index: number; count: number };
  results: SweepRunResult[];
}

/** The sweep's identity: CRC-32 of its document, axes, seeds and run options, in hex. */
export function sweepKey(plan: Pick<SweepPlan, 'doc' | 'axes' | 'seeds'>, options: SweepRunOptions): string {
  const text = JSON.stringify({
    doc: plan.doc,
    axes: plan.axes.map((a) => [a.path, a.from, a.to, a.count, a.scale]),
    seeds: plan.seeds,
    options: [options.durationS ?? null, options.maxEvents ?? null],
  });
  return crc32(new TextEncoder().encode(text)).toString(16).padStart(8, '0');
}

const finite = z.number().refine(Number.isFinite, 'must be a finite number');
const resultSchema = z.union([
  z.strictObject({
    point: z.number().int().nonnegative(),
    seed: z.number().int().nonnegative(),
    ok: z.literal(true),
    summary: z.strictObject({
      values: z.record(z.string(), finite),
      collapsed: z.array(z.string()),
      status: z.string(),
    }),
  }),
  z.strictObject({
    point: z.number().int().nonnegative(),
    seed: z.number().int().nonnegative(),
    ok: z.literal(false),
    error: z.string(),
  }),
]);
const partSchema = z.strictObject({
  format: z.literal(PART_FORMAT),
  title: z.string(),
  clientNames: z.record(z.string(), z.string()),
  key: z.string(),
  axes: z.array(z.strictObject({ path: z.string(), label: z.string(), unit: z.string().optional() })).max(2),
  points: z.array(z.array(finite)),
  seeds: z.array(z.number().int().nonnegative()),
  shard: z.strictObject({ index: z.number().int().positive(), count: z.number().int().positive() }),
  results: z.array(resultSchema),
});

/** What merging parts gives: everything `sweepTable` needs, and the words. */
export interface MergedParts {
  title: string;
  clientNames: Record<string, string>;
  axes: TableAxis[];
  points: number[][];
  seeds: number[];
  results: SweepRunResult[];
}

/**
 * Checks that `parts` (parsed JSON, each with the name it was read from) are the shards
 * 1..n of one sweep, each once, and joins their runs. Errors name the file and what is wrong.
 */
export function mergeParts(
  parts: readonly { name: string; value: unknown }[],
): { ok: true; merged: MergedParts } | { ok: false; error: string } {
  if (parts.length === 0) return { ok: false, error: 'no part files given' };
  const read: SweepPart[] = [];
  for (const { name, value } of parts) {
    const r = partSchema.safeParse(value);
    if (!r.success) {
      const issue = r.error.issues[0];
      const where = issue.path.length > 0 ? issue.path.join('.') : '(file)';
      return {
        ok: false,
        error: `${name} is not a sweep part written by --shard (${where}: ${issue.message})`,
      };
    }
    read.push(r.data as SweepPart);
  }
  const first = read[0];
  const seen = new Map<number, string>();
  for (let i = 0; i < read.length; i++) {
    const p = read[i];
    const name = parts[i].name;
    if (p.key !== first.key)
      return { ok: false, error: `${name} is part of another sweep than ${parts[0].name}` };
    if (p.shard.count !== first.shard.count)
      return {
        ok: false,
        error: `${name} is shard ${p.shard.index} of ${p.shard.count}, ${parts[0].name} one of ${first.shard.count}`,
      };
    const twice = seen.get(p.shard.index);
    if (twice !== undefined)
      return { ok: false, error: `shard ${p.shard.index} is given twice: ${twice} and ${name}` };
    seen.set(p.shard.index, name);
  }
  const missing: number[] = [];
  for (let s = 1; s <= first.shard.count; s++) if (!seen.has(s)) missing.push(s);
  if (missing.length > 0)
    return { ok: false, error: `shards ${missing.join(', ')} of ${first.shard.count} are missing` };
  const results = read.flatMap((p) => p.results);
  const seeds = new Set(first.seeds);
  for (const r of results)
    if (r.point >= first.points.length || !seeds.has(r.seed))
      return { ok: false, error: `a run (point ${r.point}, seed ${r.seed}) is not one of the sweep's` };
  return {
    ok: true,
    merged: {
      title: first.title,
      clientNames: first.clientNames,
      axes: first.axes,
      points: first.points,
      seeds: first.seeds,
      results,
    },
  };
}
