import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { getChallenge } from '../src/challenges';
import { REFERENCE_SOLUTIONS } from '../src/challenges/campaign/referenceSolutions';
import { CHECK_EXIT } from '../src/cli/checkCli';

/**
 * `npm run -s simulate -- --check` as a process: the exit status a script or a teacher's
 * grading job reads (0 met, 1 missed, 2 bad input), and the files read through node:fs.
 */
const root = new URL('..', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'faultline-check-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function simulate(args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'scripts/simulate.ts'), ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, INIT_CWD: root },
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const reference = REFERENCE_SOLUTIONS['fail-fast'];
writeFileSync(join(dir, 'reference.json'), JSON.stringify(reference));
writeFileSync(join(dir, 'start.json'), JSON.stringify(getChallenge('fail-fast')!.start));
writeFileSync(
  join(dir, 'tampered.json'),
  JSON.stringify({
    ...reference,
    nodes: reference.nodes.map((n) => (n.id === 'orders' ? { ...n, workers: 99 } : n)),
  }),
);

describe('scripts/simulate.ts --check: exit statuses', { timeout: 60_000 }, () => {
  it('0: goals met', () => {
    const r = simulate(['--check', 'fail-fast', join(dir, 'reference.json')]);
    expect(r.status, r.stderr).toBe(CHECK_EXIT.passed);
    expect(r.stdout).toMatch(/PASSED/);
  });

  it('1: goals missed', () => {
    const r = simulate(['--check', 'fail-fast', join(dir, 'start.json'), '--format', 'json']);
    expect(r.status).toBe(CHECK_EXIT.missed);
    expect(JSON.parse(r.stdout).verdict).toBe('missed');
  });

  it('2: a tampered solution', () => {
    const r = simulate(['--check', 'fail-fast', join(dir, 'tampered.json')]);
    expect(r.status).toBe(CHECK_EXIT.badInput);
    expect(r.stdout).toMatch(/node 'orders' parameter workers is locked/);
  });
});
