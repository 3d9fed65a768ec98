import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Building a second run keeps the engine's compiled code (src/sim/simulation.ts,
 * contextOfRun). Read from V8's own deoptimization trace, in a process of its own: a
 * second run that threw the hot path away recompiled it while running, at a quarter more
 * instructions per event (docs/performance.md, "The second run").
 */
const root = new URL('..', import.meta.url).pathname;

function traced() {
  const r = spawnSync(
    process.execPath,
    ['--import', 'tsx', '--trace-opt', '--trace-deopt', join(root, 'scripts/bench/secondRunProbe.ts')],
    { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  if (r.status !== 0) throw new Error(`the probe failed: ${r.stderr}`);
  const lines = r.stdout.split('\n');
  const second = lines.indexOf('--- second run');
  const done = lines.indexOf('--- done');
  if (second < 0 || done < second) throw new Error('the probe printed no markers');
  return { firstRun: lines.slice(0, second), building: lines.slice(second + 1, done) };
}

describe('a second run', () => {
  it('is built without throwing away the code compiled during the first', () => {
    const { firstRun, building } = traced();
    // The first run did compile the engine (else there would be nothing to keep).
    expect(firstRun.some((l) => /completed optimizing .*runUntil/.test(l))).toBe(true);
    const discarded = building.filter((l) => l.includes('marking dependent code'));
    expect(discarded).toEqual([]);
  }, 60_000);
});
