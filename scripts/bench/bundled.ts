import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import type { EngineRate } from './measure';

/** One bundled run's figures: the engine's, and the bare heap's timed after it (oneServiceRun.ts). */
export interface BundledRun extends EngineRate {
  /** Bare-heap operations per second in the same process; absent when no resident count was given. */
  heapOpsPerS?: number;
}

/**
 * Times the bench's one-service case with the engine bundled into one script, in `runs` fresh
 * node processes one after another. The browser never runs the engine module by module, as
 * `tsx` does for the rest of `npm run bench`: its build puts the engine's modules into one
 * worker script, and the engine runs measurably faster that way (docs/performance.md,
 * "Mispredicted branches"). Several processes, because on a shared machine one run's figure
 * moves by half from one minute to the next. With `resident` above 0, each process also times
 * a bare heap of that size (BundledRun.heapOpsPerS).
 */
export function bundledEngineRuns(seconds = 300, runs = 1, resident = 0): BundledRun[] {
  const dir = mkdtempSync(join(tmpdir(), 'faultline-bench-'));
  try {
    const outfile = join(dir, 'run.mjs');
    buildSync({
      entryPoints: [new URL('./oneServiceRun.ts', import.meta.url).pathname],
      bundle: true,
      platform: 'node',
      format: 'esm',
      outfile,
      logLevel: 'warning',
    });
    const results: BundledRun[] = [];
    for (let i = 0; i < runs; i++) {
      const run = spawnSync(process.execPath, ['--expose-gc', outfile], {
        encoding: 'utf8',
        env: { ...process.env, FAULTLINE_SECONDS: String(seconds), FAULTLINE_RESIDENT: String(resident) },
      });
      if (run.status !== 0) throw new Error(`the bundled engine's run failed:\n${run.stderr.slice(-2000)}`);
      results.push(JSON.parse(run.stdout.trim().split('\n').at(-1) ?? '') as BundledRun);
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
