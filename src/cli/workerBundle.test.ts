/**
 * The compiled worker module's cache, on real files in a folder of its own: compiled once,
 * reused while the sources are unchanged, compiled again when one of them changes (an
 * imported file too), and a clear reason instead of a file when it cannot be compiled.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { compiledWorker } from './workerBundle';

let dir: string;
let cacheDir: string;
let entry: URL;

/** A worker module (entry.ts) that answers its one message with what helper.ts exports. */
function writeSources(answer: string): void {
  writeFileSync(join(dir, 'helper.ts'), `export const answer: string = ${JSON.stringify(answer)};\n`);
  writeFileSync(
    join(dir, 'entry.ts'),
    [
      "import { parentPort } from 'node:worker_threads';",
      "import { answer } from './helper.ts';",
      'const typed: (n: number) => string = (n) => answer + " " + String(n);',
      'parentPort?.on("message", (n: number) => parentPort?.postMessage(typed(n)));',
      '',
    ].join('\n'),
  );
}

/** What a worker started on `url` answers to 7. */
function answerOf(url: URL): Promise<string> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(url);
    worker.on('error', reject);
    worker.on('message', (m: string) => {
      void worker.terminate();
      resolve(m);
    });
    worker.postMessage(7);
  });
}

const compiledFiles = () => readdirSync(cacheDir).filter((n) => n.endsWith('.mjs'));

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'faultline-bundle-'));
  cacheDir = join(dir, 'cache');
  entry = pathToFileURL(join(dir, 'entry.ts'));
});

afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('compiledWorker', { timeout: 60_000 }, () => {
  it('compiles a TypeScript module and its imports into one JavaScript file a worker starts on', async () => {
    writeSources('forty-two');
    const compiled = await compiledWorker(entry, cacheDir);
    expect(compiled).toMatchObject({ ok: true, built: true });
    if (!compiled.ok) return;
    expect(compiled.url.pathname).toMatch(/\/cache\/entry-[0-9a-f]{8}-[0-9a-f]{16}\.mjs$/);
    // One self-contained file: the helper is inside, nothing left to import but Node's own.
    const text = readFileSync(compiled.url, 'utf8');
    expect(text).toContain('forty-two');
    expect(text).not.toMatch(/from ["']\.\/helper/);
    expect(await answerOf(compiled.url)).toBe('forty-two 7');
  });

  it('reuses the compiled file while the sources are unchanged', async () => {
    writeSources('same');
    const first = await compiledWorker(entry, cacheDir);
    const again = await compiledWorker(entry, cacheDir);
    expect(first).toMatchObject({ ok: true, built: true });
    expect(again).toEqual({ ok: true, url: first.ok ? first.url : null, built: false });
    expect(compiledFiles()).toHaveLength(1);
  });

  it('compiles again when an imported source changes, and the new file has the change', async () => {
    writeSources('before');
    const first = await compiledWorker(entry, cacheDir);
    writeFileSync(join(dir, 'helper.ts'), 'export const answer: string = "after";\n');
    const second = await compiledWorker(entry, cacheDir);
    expect(second).toMatchObject({ ok: true, built: true });
    if (!first.ok || !second.ok) return;
    expect(second.url.href).not.toBe(first.url.href);
    expect(await answerOf(second.url)).toBe('after 7');
    // The older file stays for now: a run still going may start a worker on it.
    expect(compiledFiles()).toHaveLength(2);
    expect(await compiledWorker(entry, cacheDir)).toEqual({ ok: true, url: second.url, built: false });
  });

  it('removes older compiled files once unused for an hour; reusing a file counts as using it', async () => {
    const twoHoursAgo = new Date(Date.now() - 2 * 60 * 60 * 1000);
    writeSources('one');
    const one = await compiledWorker(entry, cacheDir);
    if (!one.ok) throw new Error(one.reason);
    utimesSync(one.url, twoHoursAgo, twoHoursAgo);
    // Reused: its time is now again, so the next compile keeps it.
    expect(await compiledWorker(entry, cacheDir)).toMatchObject({ built: false });
    expect(Date.now() - statSync(one.url).mtimeMs).toBeLessThan(60_000);
    writeSources('two');
    const two = await compiledWorker(entry, cacheDir);
    if (!two.ok) throw new Error(two.reason);
    expect(compiledFiles()).toHaveLength(2);
    // Left unused for two hours, the older ones go when the next one is compiled.
    utimesSync(one.url, twoHoursAgo, twoHoursAgo);
    utimesSync(two.url, twoHoursAgo, twoHoursAgo);
    writeSources('three');
    const three = await compiledWorker(entry, cacheDir);
    if (!three.ok) throw new Error(three.reason);
    expect(compiledFiles()).toEqual([three.url.pathname.split('/').pop()]);
    expect(readdirSync(cacheDir).filter((n) => n.endsWith('-sources.json'))).toHaveLength(1);
  });

  it('compiles again when the record of the sources is damaged', async () => {
    writeSources('record');
    await compiledWorker(entry, cacheDir);
    const record = readdirSync(cacheDir).find((n) => n.endsWith('-sources.json'));
    expect(record).toBeDefined();
    writeFileSync(join(cacheDir, record ?? ''), '{ not json');
    expect(await compiledWorker(entry, cacheDir)).toMatchObject({ ok: true, built: true });
    // A damaged record only costs a compile: the same sources give the same file name.
    expect(compiledFiles()).toHaveLength(1);
  });

  it('gives one file to two pools compiling at the same moment', async () => {
    writeSources('together');
    const [a, b] = await Promise.all([compiledWorker(entry, cacheDir), compiledWorker(entry, cacheDir)]);
    expect(a.ok && b.ok && a.url.href === b.url.href).toBe(true);
    expect(readdirSync(cacheDir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('says why when the cache folder cannot be written', async () => {
    writeSources('nowhere');
    const blocker = join(dir, 'a-file');
    writeFileSync(blocker, '');
    const compiled = await compiledWorker(entry, join(blocker, 'cache'));
    expect(compiled.ok).toBe(false);
    expect(!compiled.ok && compiled.reason).toMatch(/ENOTDIR/);
  });

  it('says why when a source does not compile', async () => {
    writeFileSync(join(dir, 'entry.ts'), "import { gone } from './missing.ts';\nconsole.log(gone);\n");
    const compiled = await compiledWorker(entry, cacheDir);
    expect(compiled.ok).toBe(false);
    expect(!compiled.ok && compiled.reason).toMatch(/Could not resolve "\.\/missing\.ts"/);
  });
});
