#!/usr/bin/env node
// `npm run bench:instructions`: the engine's instructions per event on `npm run bench`'s
// one-service case, counted by Valgrind, which does not depend on the machine's load the way
// wall-clock events/s do (docs/performance.md, "Instructions per event"). The count is the
// instructions of a process that warms up and runs 150 simulated seconds, minus those of one
// that only warms up, divided by the run's events. V8 runs single-threaded (its compiler
// on the main thread), so compiling is counted too. Valgrind also simulates a branch
// predictor: its conditional mispredicts per event are printed beside the count, since
// each costs a real core 15–20 cycles, and a change can save instructions yet cost more
// mispredicts (a simulated predictor is simpler than a real one: compare, do not quote).
import { execSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const found = () => spawnSync('valgrind', ['--version'], { stdio: 'ignore' }).status === 0;
if (!found()) {
  if (process.getuid?.() !== 0) {
    console.error(
      'valgrind is missing. Install it with:\n  sudo apt-get update && sudo apt-get install -y valgrind',
    );
    process.exit(1);
  }
  console.log('valgrind is missing: installing Debian package "valgrind" with apt-get…');
  execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq valgrind', {
    stdio: 'inherit',
  });
}

const dir = mkdtempSync(join(tmpdir(), 'faultline-instructions-'));
const bundle = join(dir, 'run.mjs');
try {
  // One plain file: counting tsx's loader would add instructions that are not the engine's.
  execSync(
    `npx esbuild ${join(root, 'scripts/bench/oneServiceRun.ts')} --bundle --platform=node --format=esm --outfile=${bundle} --log-level=warning`,
    { cwd: root, stdio: 'inherit' },
  );
  const seconds = 150;
  const count = (s) => {
    const r = spawnSync(
      'valgrind',
      [
        '--tool=cachegrind',
        '--cache-sim=no',
        '--branch-sim=yes',
        '--cachegrind-out-file=/dev/null',
        process.execPath,
        '--single-threaded',
        bundle,
      ],
      {
        encoding: 'utf8',
        env: { ...process.env, FAULTLINE_SECONDS: String(s) },
        maxBuffer: 16 * 1024 * 1024,
      },
    );
    const m = /I\s+refs:\s+([\d,]+)/.exec(r.stderr);
    const b = /Mispredicts:\s+[\d,]+\s+\(\s*([\d,]+) cond/.exec(r.stderr);
    if (!m || !b) throw new Error(`valgrind printed no instruction count:\n${r.stderr.slice(-2000)}`);
    const num = (text) => Number(text.replaceAll(',', ''));
    return {
      instructions: num(m[1]),
      mispredicts: num(b[1]),
      events: s > 0 ? JSON.parse(r.stdout).events : 0,
    };
  };
  const warmOnly = count(0);
  const run = count(seconds);
  const perEvent = (run.instructions - warmOnly.instructions) / run.events;
  const mispredictsPerEvent = (run.mispredicts - warmOnly.mispredicts) / run.events;
  console.log(
    `One service, 1,000 req/s, ${seconds} s simulated after a 20 s warm-up: ${run.events.toLocaleString('en-US')} events, ` +
      `${Math.round(perEvent).toLocaleString('en-US')} instructions per event (compiling included), ` +
      `${mispredictsPerEvent.toFixed(1)} conditional branches mispredicted per event (Valgrind's simulated predictor)`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
