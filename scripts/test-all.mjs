#!/usr/bin/env node
// The whole gate, as the README's one test command: types, lint, unit, the first-visit
// budget (scripts/size-report.mjs: builds, then measures in Chromium), end-to-end.
// Every stage runs even when an earlier one fails, so one run shows everything that is
// wrong; the last line sums unit and e2e tests as `N passed, N failed`.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const results = 'test-results';
mkdirSync(results, { recursive: true });
const unitJson = `${results}/unit.json`;
const e2eJson = `${results}/e2e.json`;
for (const f of [unitJson, e2eJson]) rmSync(f, { force: true });

function run(name, command, args, env = {}) {
  console.log(`\n=== ${name}: ${command} ${args.join(' ')}`);
  const started = Date.now();
  const r = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  const ok = r.status === 0;
  console.log(
    `=== ${name}: ${ok ? 'ok' : `FAILED (exit ${r.status ?? r.signal})`} in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  return ok;
}

const stages = [
  // Both TypeScript projects: the whole app, and the pure core without DOM or Node types.
  ['typecheck', 'npm', ['run', '-s', 'typecheck']],
  ['lint', 'npm', ['run', '-s', 'lint']],
  // The room server's scale-out test spawns a real redis-server.
  ['redis', 'node', ['scripts/ensure-redis.mjs']],
  ['unit', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile=${unitJson}`]],
  ['chromium', 'node', ['scripts/ensure-chromium.mjs']],
  ['size', 'npm', ['run', '-s', 'size']],
  ['e2e', 'npx', ['playwright', 'test'], { PLAYWRIGHT_JSON_OUTPUT_NAME: e2eJson }],
];
const failedStages = [];
for (const [name, cmd, args, env] of stages) {
  if ((name === 'e2e' || name === 'size') && failedStages.includes('chromium')) {
    failedStages.push(name);
    continue;
  }
  if (!run(name, cmd, args, env)) failedStages.push(name);
}

function readJson(path) {
  try {
    return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : null;
  } catch {
    return null;
  }
}
let passed = 0;
let failed = 0;
const unit = readJson(unitJson);
if (unit) {
  passed += unit.numPassedTests;
  failed += unit.numFailedTests;
} else if (failedStages.includes('unit')) failed += 1;
const e2e = readJson(e2eJson);
if (e2e?.stats) {
  passed += e2e.stats.expected + (e2e.stats.flaky ?? 0);
  failed += e2e.stats.unexpected;
} else if (failedStages.includes('e2e')) failed += 1;

console.log(`\nStages failed: ${failedStages.length ? failedStages.join(', ') : 'none'}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failedStages.length ? 1 : 0);
