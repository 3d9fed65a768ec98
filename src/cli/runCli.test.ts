import { describe, expect, it } from 'vitest';
import { parseDocument, type StoredDocument, stripDefaults } from '../model';
import { getScenario } from '../scenarios';
import type { Report } from '../sim/report';
import { type FileAccess, MAX_DOCUMENT_BYTES } from './loadDocument';
import { EXIT, planCli, runCli } from './runCli';

/** Files held in memory; reading a file the test marked as unreadable fails the test. */
function memoryFiles(
  files: Record<string, string>,
  sizes: Record<string, number> = {},
): FileAccess & { reads: string[] } {
  const reads: string[] = [];
  return {
    reads,
    size: (path) => sizes[path] ?? (Object.hasOwn(files, path) ? files[path].length : null),
    readText(path) {
      reads.push(path);
      if (!Object.hasOwn(files, path)) throw new Error('ENOENT');
      return files[path];
    },
  };
}

const small: StoredDocument = {
  version: 3,
  title: 'one service',
  nodes: [
    { id: 'client', kind: 'client', label: 'client', position: { x: 0, y: 0 }, rate: 20 },
    { id: 'svc', kind: 'service', label: 'svc', position: { x: 200, y: 0 }, workers: 2 },
  ],
  edges: [{ id: 'e', kind: 'rpc', source: 'client', target: 'svc' }],
  scenario: { durationS: 10, seed: 3 },
};

describe('runCli: input handling', () => {
  it('prints the field-level errors of an invalid document and exits 2', () => {
    const bad = structuredClone(small) as { nodes: Record<string, unknown>[] };
    bad.nodes[1].workers = 0;
    bad.nodes[0].speed = 3;
    const r = runCli(['bad.json'], memoryFiles({ 'bad.json': JSON.stringify(bad) }));
    expect(r.exitCode).toBe(EXIT.invalidDocument);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('nodes[1].workers: ');
    expect(r.stderr).toContain('nodes[0]: has unknown field "speed"');
  });

  it('refuses a file over 5 MB before reading it', () => {
    const files = memoryFiles({ 'big.json': '{}' }, { 'big.json': MAX_DOCUMENT_BYTES + 1 });
    const r = runCli(['big.json'], files);
    expect(r.exitCode).toBe(EXIT.invalidDocument);
    expect(r.stderr).toMatch(/at most 5242880 bytes/);
    expect(files.reads).toEqual([]);
  });

  it('says when a file is not JSON or does not exist', () => {
    const notJson = runCli(['x.json'], memoryFiles({ 'x.json': '{"version": 2,' }));
    expect(notJson.exitCode).toBe(EXIT.invalidDocument);
    expect(notJson.stderr).toMatch(/x\.json is not a valid Faultline document: .*it is not JSON/);
    // Files go through the one decoder, so a nesting bomb is refused before JSON.parse.
    const deep = runCli(
      ['deep.json'],
      memoryFiles({ 'deep.json': `${'['.repeat(100_000)}${']'.repeat(100_000)}` }),
    );
    expect(deep.exitCode).toBe(EXIT.invalidDocument);
    expect(deep.stderr).toMatch(/deep\.json is not a valid Faultline document/);
    const missing = runCli(['dir/none.json'], memoryFiles({}));
    expect(missing.exitCode).toBe(EXIT.usage);
    expect(missing.stderr).toMatch(/no such file: dir\/none\.json/);
  });

  it('reads files as strict UTF-8, as the browser does: bytes that are not UTF-8 are refused', () => {
    const files: FileAccess = {
      size: () => 4,
      readBytes: () => Uint8Array.from([0xff, 0xfe, 0xc0, 0x80]),
    };
    const r = runCli(['bytes.json'], files);
    expect(r.exitCode).toBe(EXIT.invalidDocument);
    expect(r.stderr).toBe(
      'error: bytes.json is not a valid Faultline document: This file is not a Faultline diagram: it is not text (UTF-8).\n',
    );
    const utf8 = new TextEncoder().encode(JSON.stringify({ ...small, title: 'café ✓' }));
    const ok = runCli(['ok.json', '--format', 'table'], { size: () => utf8.length, readBytes: () => utf8 });
    expect(ok.exitCode, ok.stderr).toBe(EXIT.ok);
    expect(ok.stdout).toMatch(/^café ✓: 10 s simulated/);
  });

  it('says why a path that exists cannot be read (a directory is not "no such file")', () => {
    const files: FileAccess = {
      size: () => {
        throw new Error('it is a directory, not a document file');
      },
    };
    const r = runCli(['docs.json'], files);
    expect(r.exitCode).toBe(EXIT.usage);
    expect(r.stderr).toBe('error: cannot read docs.json: it is a directory, not a document file\n');
  });

  it('refuses hostile text in a document by field, and never echoes a control character', () => {
    const hostile = structuredClone(small) as unknown as Record<string, unknown> & {
      nodes: Record<string, unknown>[];
    };
    hostile.title = '\u001b]0;owned\u0007\u001b[2J';
    hostile.nodes[0].label = '\u202etneilc beW';
    hostile.nodes[1]['\u001b]52;c;aGk=\u0007'] = 1;
    const r = runCli(['hostile.json'], memoryFiles({ 'hostile.json': JSON.stringify(hostile) }));
    expect(r.exitCode).toBe(EXIT.invalidDocument);
    expect(r.stderr).toContain('title: must not contain control characters (U+001B at character 1)');
    expect(r.stderr).toContain('nodes[0].label: must not contain bidirectional override characters');
    expect(r.stderr).toContain('nodes[1]: has unknown field "\\x1b]52;c;aGk=\\x07"');
    // biome-ignore lint/suspicious/noControlCharactersInRegex: no control character may reach the terminal
    expect(r.stderr).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e]/);
    // Raw bytes in a file that is not JSON are echoed by the parser's message: escaped too.
    const notJson = runCli(['x.json'], memoryFiles({ 'x.json': '{"title": \u001b[2J}' }));
    expect(notJson.exitCode).toBe(EXIT.invalidDocument);
    expect(notJson.stderr).not.toContain('\u001b');
  });

  it('reports an engine failure with exit 4 and nothing on stdout', () => {
    const files = memoryFiles({ 'small.json': JSON.stringify(small) });
    const r = planCli(['small.json'], files, () => {
      throw new Error('invariant broken\u001b[2J');
    });
    expect(r.exitCode).toBe(EXIT.engineError);
    expect([...r.output]).toEqual([]);
    expect(r.stderr).toMatch(/^error: the engine failed: Error: invariant broken\\x1b\[2J/);
  });

  it('migrates an older document and says so on stderr', () => {
    const v1 = {
      version: 1,
      nodes: [
        { id: 'c', type: 'client', name: 'client', x: 0, y: 0, rate: 10 },
        { id: 's', type: 'service', name: 'service', x: 100, y: 0, workers: 2, serviceMs: 10 },
      ],
      edges: [{ id: 'e', type: 'rpc', from: 'c', to: 's' }],
      duration: 5,
      seed: 9,
    };
    const r = runCli(['old.json'], memoryFiles({ 'old.json': JSON.stringify(v1) }));
    expect(r.exitCode, r.stderr).toBe(EXIT.ok);
    expect(r.stderr).toContain('note: Upgraded from format 1 to 2.');
    const report = JSON.parse(r.stdout) as Report;
    expect(report.seed).toBe(9);
    expect(report.clients.c.sent).toBeGreaterThan(20);
  });

  it('lists the valid ids for an unknown scenario id', () => {
    const r = runCli(['no-such-scenario'], memoryFiles({}));
    expect(r.exitCode).toBe(EXIT.usage);
    expect(r.stderr).toContain('unknown scenario id "no-such-scenario"');
    expect(r.stderr).toContain('rpc-chain-redeploy');
    expect(r.stderr).toContain('queue-redeploy');
  });

  it('prints usage for bad arguments (exit 1) and for --help (exit 0)', () => {
    const bad = runCli(['x.json', '--format', 'xml'], memoryFiles({}));
    expect(bad.exitCode).toBe(EXIT.usage);
    expect(bad.stderr).toMatch(/--format must be json, table or csv[\s\S]*Usage:/);
    const help = runCli(['--help'], memoryFiles({}));
    expect(help.exitCode).toBe(EXIT.ok);
    expect(help.stdout).toMatch(/^Usage: npm run -s simulate/);
  });
});

describe('runCli: runs', () => {
  const files = memoryFiles({ 'small.json': JSON.stringify(small) });
  const run = (...args: string[]) => {
    const r = runCli(['small.json', ...args], files);
    expect(r.exitCode, r.stderr).toBe(EXIT.ok);
    return JSON.parse(r.stdout) as Report;
  };

  it('prints the JSON report with the fields of docs/cli.md', () => {
    const report = run();
    expect(report.seed).toBe(3);
    expect(report.duration).toBe(10);
    expect(report.status).toBe('finished');
    expect(report.events).toBeGreaterThan(0);
    expect(report.eventLogHash).toMatch(/^[0-9a-f]+$/);
    expect(report.clients.client.sent).toBeGreaterThan(100);
    expect(Object.keys(report.clients.client.latencyMs).sort()).toEqual(['mean', 'p50', 'p95', 'p99']);
    expect(report.nodes.svc.received).toBeLessThanOrEqual(report.clients.client.sent);
    expect(report.nodes.svc.received).toBeGreaterThanOrEqual(
      report.clients.client.sent - report.conservation.requests.inFlight,
    );
    expect(report.nodes.svc.utilization).toBeGreaterThan(0);
    expect(report.nodes.svc.utilization).toBeLessThan(1);
    expect(report.series).toHaveLength(10);
    expect(report.conservation.holds).toBe(true);
  });

  it('applies --seed and --duration: same seed, same hash; other seed, other run', () => {
    const a = run('--seed', '11', '--duration', '5');
    const b = run('--seed=11', '--duration=5');
    const c = run('--seed', '12', '--duration', '5');
    expect(a.seed).toBe(11);
    expect(a.duration).toBe(5);
    expect(a.series).toHaveLength(5);
    expect(b.eventLogHash).toBe(a.eventLogHash);
    expect(c.eventLogHash).not.toBe(a.eventLogHash);
  });

  it('hands the report over in pieces, with --output named for the writer', () => {
    const plan = planCli(['small.json', '--output', 'out/report.json'], files);
    expect(plan.exitCode).toBe(EXIT.ok);
    expect(plan.outputPath).toBe('out/report.json');
    const pieces = [...plan.output];
    expect(pieces.length).toBeGreaterThan(20);
    expect(JSON.parse(pieces.join(''))).toEqual(run());
  });

  it('stops at --max-events with exit 3, still printing the partial report', () => {
    const r = runCli(['small.json', '--max-events', '100'], files);
    expect(r.exitCode).toBe(EXIT.stoppedAtLimit);
    expect(r.stderr).toMatch(/warning: the run stopped/);
    const report = JSON.parse(r.stdout) as Report;
    expect(report.status).toMatch(/^stopped/);
    expect(report.events).toBeLessThanOrEqual(101);
    expect(report.duration).toBeLessThan(10);
  });

  it('runs a built-in scenario by id and prints a table per client, node and queue', () => {
    const r = runCli(['queue-redeploy', '--format', 'table', '--duration', '40'], memoryFiles({}));
    expect(r.exitCode, r.stderr).toBe(EXIT.ok);
    expect(r.stdout).toMatch(/^The same with a queue: 40 s simulated, seed 1, \d+ events, finished/);
    expect(r.stdout).toMatch(/\nClients[^\n]*\nclient +sent/);
    expect(r.stdout).toMatch(/\norders +\d+/);
    expect(r.stdout).toMatch(/\npayments-queue +\d+/);
    expect(r.stdout).toMatch(/Conservation[^\n]*: holds/);
  });

  it('gives a built-in scenario and the same document as a file, stripped of defaults, the same run', () => {
    const scenario = getScenario('rpc-chain-redeploy');
    if (!scenario) throw new Error('rpc-chain-redeploy is missing');
    const parsed = parseDocument(scenario.document);
    if (!parsed.ok) throw new Error('rpc-chain-redeploy does not parse');
    const fileFiles = memoryFiles({ 'lesson.json': JSON.stringify(stripDefaults(parsed.doc)) });
    const byId = runCli(['rpc-chain-redeploy', '--duration', '3'], memoryFiles({}));
    const byFile = runCli(['lesson.json', '--duration', '3'], fileFiles);
    expect(byId.exitCode).toBe(EXIT.ok);
    expect(byFile.exitCode).toBe(EXIT.ok);
    expect((JSON.parse(byFile.stdout) as Report).eventLogHash).toBe(
      (JSON.parse(byId.stdout) as Report).eventLogHash,
    );
  });
});
