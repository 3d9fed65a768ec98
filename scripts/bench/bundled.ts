import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import type { EngineRate } from './measure';

/** One bundled run's figures: the engine's, and what was timed beside it. */
export interface BundledRun extends EngineRate {
  /** Bare-heap operations per second in the same process (oneServiceRun.ts); absent when no resident count was given. */
  heapOpsPerS?: number;
  /** The floor's events per second (floor.ts), in a fresh process right after; absent unless asked. */
  floorEventsPerS?: number;
}

/** Bundles `entry` (a script beside this one) into `dir`, as one file; returns its path. */
export function bundle(dir: string, entry: string): string {
  const outfile = join(dir, entry.replace(/\.ts$/, '.mjs'));
  buildSync({
    entryPoints: [new URL(`./${entry}`, import.meta.url).pathname],
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile,
    logLevel: 'warning',
  });
  return outfile;
}

/** Runs a bundled script in a fresh node process and parses the JSON line it prints last. */
export function runFresh<T>(script: string, env: Record<string, string>): T {
  const run = spawnSync(process.execPath, ['--expose-gc', script], {
    encoding: 'utf8',
    env: { ...process.env, ...env },
  });
  if (run.status !== 0) throw new Error(`the bundled run of ${script} failed:\n${run.stderr.slice(-2000)}`);
  return JSON.parse(run.stdout.trim().split('\n').at(-1) ?? '') as T;
}

/**
 * Times the bench's one-service case with the engine bundled into one script, in `runs` fresh
 * node processes one after another. The browser never runs the engine module by module, as
 * `tsx` does for the rest of `npm run bench`: its build puts the engine's modules into one
 * worker script, and the engine runs measurably faster that way (docs/performance.md,
 * "Mispredicted branches"). Several processes, because on a shared machine one run's figure
 * moves by half from one minute to the next. With `resident` above 0, each process also times
 * a bare heap of that size; with `floor`, each is followed by a process timing the floor
 * (floor.ts) over the same simulated time, so the two share the minute.
 */
export function bundledEngineRuns(seconds = 300, runs = 1, resident = 0, floor = false): BundledRun[] {
  const dir = mkdtempSync(join(tmpdir(), 'faultline-bench-'));
  try {
    const engine = bundle(dir, 'oneServiceRun.ts');
    const floorScript = floor ? bundle(dir, 'floorRun.ts') : '';
    const env = { FAULTLINE_SECONDS: String(seconds), FAULTLINE_RESIDENT: String(resident) };
    const results: BundledRun[] = [];
    for (let i = 0; i < runs; i++) {
      const run = runFresh<BundledRun>(engine, env);
      if (floor) run.floorEventsPerS = runFresh<EngineRate>(floorScript, env).eventsPerS;
      results.push(run);
    }
    return results;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Smallest, middle and largest of `values` (the middle: the lower of the two for an even count). */
export function spread(values: number[]): { min: number; median: number; max: number } {
  const sorted = [...values].sort((a, b) => a - b);
  return { min: sorted[0], median: sorted[(sorted.length - 1) >> 1], max: sorted[sorted.length - 1] };
}
