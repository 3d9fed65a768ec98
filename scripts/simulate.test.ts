import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { EXIT } from '../src/cli';

/**
 * The command line as a process, one test per exit status of docs/cli.md: what the
 * wrapper adds to src/cli (files through node:fs, streaming to stdout or a file, write
 * failures) only shows here.
 */
const root = new URL('..', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'faultline-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const argsFor = (args: string[]) => ['--import', 'tsx', join(root, 'scripts/simulate.ts'), ...args];

function simulate(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, argsFor(args), {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, INIT_CWD: root, ...env },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

it('docs/cli.md documents exactly the exit statuses the command uses', () => {
  const doc = readFileSync(join(root, 'docs/cli.md'), 'utf8');
  const table = doc.slice(doc.indexOf('## Exit status'), doc.indexOf('## The JSON report'));
  const documented = [...table.matchAll(/^\| (\d+) \|/gm)].map((m) => Number(m[1]));
  expect(documented).toEqual(Object.values(EXIT).sort((a, b) => a - b));
});

describe('scripts/simulate.ts: exit statuses', { timeout: 60_000 }, () => {
  it('0: the report on stdout, valid JSON', () => {
    const r = simulate(['queue-redeploy', '--duration', '2']);
    expect(r.status, r.stderr).toBe(EXIT.ok);
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout).duration).toBe(2);
  });

  it('1: a directory is named as one, not as a missing file', () => {
    mkdirSync(join(dir, 'folder.json'));
    const r = simulate([join(dir, 'folder.json')]);
    expect(r.status).toBe(EXIT.usage);
    expect(r.stderr).toBe(
      `error: cannot read ${join(dir, 'folder.json')}: it is a directory, not a document file\n`,
    );
    expect(simulate([join(dir, 'none.json')]).stderr).toBe(
      `error: no such file: ${join(dir, 'none.json')}\n`,
    );
  });

  it('2: a file that is not UTF-8 is refused (not read as "����")', () => {
    writeFileSync(join(dir, 'bytes.json'), Uint8Array.from([0xff, 0xfe, 0xc0, 0x80]));
    const r = simulate([join(dir, 'bytes.json')]);
    expect(r.status).toBe(EXIT.invalidDocument);
    expect(r.stderr).toMatch(/it is not text \(UTF-8\)\.\n$/);
    expect(r.stdout).toBe('');
  });

  it('3: a run stopped at a limit still writes its partial report', () => {
    const r = simulate(['rpc-chain-redeploy', '--max-events', '100']);
    expect(r.status).toBe(EXIT.stoppedAtLimit);
    expect(JSON.parse(r.stdout).status).toMatch(/^stopped/);
  });

  it('5: a full disk or a directory as --output: one line, no stack trace', () => {
    const full = simulate(['rpc-chain-redeploy', '--duration', '1', '--output', '/dev/full']);
    expect(full.status).toBe(EXIT.writeFailed);
    expect(full.stderr).toBe('error: could not write the report to /dev/full: the disk is full (ENOSPC)\n');
    const folder = simulate(['rpc-chain-redeploy', '--duration', '1', '--output', dir]);
    expect(folder.status).toBe(EXIT.writeFailed);
    expect(folder.stderr).toBe(`error: could not write the report to ${dir}: it is a directory (EISDIR)\n`);
    const missing = simulate([
      'rpc-chain-redeploy',
      '--duration',
      '5',
      '--output',
      join(dir, 'no/such/r.json'),
    ]);
    expect(missing.status).toBe(EXIT.writeFailed);
    expect(missing.stderr).toMatch(/: its directory does not exist \(ENOENT\)\n$/);
  });

  it('5: a reader that closes the pipe early (`| head`)', async () => {
    const child = spawn(process.execPath, argsFor(['rpc-chain-redeploy', '--duration', '300']), {
      cwd: root,
      env: { ...process.env, INIT_CWD: root },
    });
    let stderr = '';
    child.stderr.on('data', (d) => {
      stderr += d;
    });
    child.stdout.once('data', () => child.stdout.destroy());
    const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(status).toBe(EXIT.writeFailed);
    expect(stderr).toBe(
      'error: could not write the report to stdout: the program reading it stopped reading (EPIPE)\n',
    );
  }, 60_000);

  it('writes --output as a stream, paths taken from where the command was typed', () => {
    writeFileSync(join(dir, 'lesson.json'), JSON.stringify({ version: 3, nodes: [], edges: [] }));
    const r = simulate(['lesson.json', '--duration', '3', '--output', 'report.json'], { INIT_CWD: dir });
    expect(r.status, r.stderr).toBe(EXIT.ok);
    expect(r.stdout).toBe('');
    expect(JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')).duration).toBe(3);
  });
});

describe('scripts/simulate.ts: sweeps on worker threads, shards and sweep:merge', {
  timeout: 120_000,
}, () => {
  const sweep = ['retry-storm', '--duration', '5', '--seeds', '1..3', '--sweep', 'nodes.api.workers=4..8:2'];

  it('writes each shard to its file, and --merge joins them into the unsharded CSV', () => {
    for (const i of [1, 2]) {
      const r = simulate([...sweep, '--shard', `${i}/2`, '--jobs', '2', '--output', `part${i}.json`], {
        INIT_CWD: dir,
      });
      expect(r.status, r.stderr).toBe(EXIT.ok);
    }
    const merged = simulate(['--merge', 'part2.json', 'part1.json', '--format', 'csv'], { INIT_CWD: dir });
    expect(merged.status, merged.stderr).toBe(EXIT.ok);
    const whole = simulate([...sweep, '--format', 'csv', '--jobs', '2']);
    expect(whole.status, whole.stderr).toBe(EXIT.ok);
    expect(merged.stdout).toBe(whole.stdout);
    expect(whole.stdout.split('\r\n')).toHaveLength(4);
  });

  it('1: a sweep of a parameter the diagram does not have, named', () => {
    const r = simulate(['retry-storm', '--sweep', 'nodes.db.workers=1..4:4']);
    expect(r.status).toBe(EXIT.usage);
    expect(r.stderr).toBe('error: --sweep nodes.db.workers: there is no node "db" in the diagram\n');
  });
});
