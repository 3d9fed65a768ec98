import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import type { EngineRate } from './measure';

/**
 * Times the bench's one-service case with the engine bundled into one script, in a fresh
 * node process. The browser never runs the engine module by module, as `tsx` does for the
 * rest of `npm run bench`: its build puts the engine's modules into one worker script, and
 * the engine runs measurably faster that way (docs/performance.md, "Mispredicted branches").
 */
export function bundledEngineRate(seconds = 300): EngineRate {
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
    const run = spawnSync(process.execPath, ['--expose-gc', outfile], {
      encoding: 'utf8',
      env: { ...process.env, FAULTLINE_SECONDS: String(seconds) },
    });
    if (run.status !== 0) throw new Error(`the bundled engine's run failed:\n${run.stderr.slice(-2000)}`);
    return JSON.parse(run.stdout.trim().split('\n').at(-1) ?? '') as EngineRate;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
