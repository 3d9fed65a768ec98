import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import corpus from '../../src/model/fixtures/links-v1.json';

/**
 * The commands of docs/cli.md, run exactly as written there, in a shell, from a folder of
 * their own: what they print (or write to report.json) must be JSON. `npm run` without
 * `-s` would put npm's banner in front of the report.
 */
const root = new URL('../..', import.meta.url).pathname;
const cliDoc = readFileSync(join(root, 'docs/cli.md'), 'utf8');
mkdirSync(join(root, 'test-results'), { recursive: true });
// Inside the project, so npm finds package.json above it; outside git (test-results/ is ignored).
const dir = mkdtempSync(join(root, 'test-results', 'cli-docs-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The lines of the first ```sh block of docs/cli.md. */
function usageBlock(): string[] {
  const block = /```sh\n([\s\S]*?)```/.exec(cliDoc);
  if (!block) throw new Error('docs/cli.md has no sh block');
  return block[1].trim().split('\n');
}

function shell(line: string) {
  const r = spawnSync('sh', ['-c', line], { cwd: dir, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('the commands of docs/cli.md, as written', { timeout: 120_000 }, () => {
  writeFileSync(join(dir, 'my-diagram.json'), JSON.stringify(corpus.links[0].document));

  const toReport = usageBlock().filter((line) => line.includes('report.json'));
  it('documents writing a report to a file, both ways', () => {
    expect(toReport).toHaveLength(2);
    expect(toReport.some((line) => line.includes('> report.json'))).toBe(true);
    expect(toReport.some((line) => line.includes('--output report.json'))).toBe(true);
  });

  it.each(toReport)('%s', (line) => {
    rmSync(join(dir, 'report.json'), { force: true });
    const r = shell(line);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    const report = JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8'));
    expect(report.seed).toBe(7);
    expect(report.duration).toBe(120);
  });

  it('the JSON example command prints JSON on stdout', () => {
    const example = /`(npm run -s simulate -- [^`]+)` prints/.exec(cliDoc);
    if (!example) throw new Error('docs/cli.md has no JSON example command');
    const r = shell(example[1]);
    expect(r.status, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).eventLogHash).toMatch(/^[0-9a-f]+$/);
  });
});
