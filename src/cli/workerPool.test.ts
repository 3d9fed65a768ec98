/**
 * The command line's worker pool with real worker threads: a worker that throws or dies
 * costs only its own task, the results keep task order, and any number of workers gives
 * the same results; the workers share one compiled file of the worker module, or load it
 * through tsx, with a note, when it cannot be compiled. (fixtures/flakyWorker.ts doubles
 * numbers, throws on 13, exits on 666.)
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { compiledWorker } from './workerBundle';
import { defaultJobs, execArgvWithoutTsx, runInPool } from './workerPool';

const flaky = new URL('./fixtures/flakyWorker.ts', import.meta.url);

describe('runInPool', { timeout: 120_000 }, () => {
  it.each([1, 2, 3])(
    'with %i worker(s): a throwing or dying worker fails its task only, in task order',
    async (jobs) => {
      const progress: number[] = [];
      const results = await runInPool<number, number>([1, 2, 13, 4, 666, 6, 7], {
        jobs,
        workerUrl: flaky,
        workerData: null,
        onProgress: (done) => progress.push(done),
      });
      expect(results).toEqual([
        { ok: true, value: 2 },
        { ok: true, value: 4 },
        { ok: false, error: 'the worker failed: unlucky thirteen' },
        { ok: true, value: 8 },
        { ok: false, error: 'the worker exited (code 7) during the run' },
        { ok: true, value: 12 },
        { ok: true, value: 14 },
      ]);
      expect(progress).toEqual([1, 2, 3, 4, 5, 6, 7]);
    },
  );

  it('reports every task failed, naming why, when the worker cannot start', async () => {
    const missing = new URL('./fixtures/noSuchWorker.ts', import.meta.url);
    const notes: string[] = [];
    const results = await runInPool<number, number>([1, 2, 3, 4, 5], {
      jobs: 2,
      workerUrl: missing,
      workerData: null,
      onNote: (text) => notes.push(text),
    });
    expect(notes).toEqual([expect.stringMatching(/could not compile the worker module noSuchWorker\.ts/)]);
    expect(results).toHaveLength(5);
    for (const r of results) {
      expect(r.ok).toBe(false);
      expect(!r.ok && r.error).toMatch(/^the worker could not start: the worker failed: .*noSuchWorker/);
    }
  });

  it('starts every worker on one compiled file of the module, cached in the given folder', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'faultline-pool-'));
    try {
      const notes: string[] = [];
      let ready = 0;
      const results = await runInPool<number, number>([1, 2, 3, 4, 5, 6], {
        jobs: 3,
        workerUrl: flaky,
        workerData: null,
        cacheDir: dir,
        onNote: (text) => notes.push(text),
        onWorkerReady: () => ready++,
      });
      expect(results.map((r) => r.ok && r.value)).toEqual([2, 4, 6, 8, 10, 12]);
      expect(notes).toEqual([]);
      expect(ready).toBe(3);
      expect(readdirSync(dir).filter((n) => n.endsWith('.mjs'))).toEqual([
        expect.stringMatching(/^flakyWorker-[0-9a-f]{8}-[0-9a-f]{16}\.mjs$/),
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('loads the module through tsx, and says so, when it cannot be compiled', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'faultline-pool-'));
    try {
      const blocker = join(dir, 'a-file');
      writeFileSync(blocker, '');
      const notes: string[] = [];
      const results = await runInPool<number, number>([1, 2, 13, 4], {
        jobs: 2,
        workerUrl: flaky,
        workerData: null,
        cacheDir: join(blocker, 'cache'),
        onNote: (text) => notes.push(text),
      });
      expect(results).toEqual([
        { ok: true, value: 2 },
        { ok: true, value: 4 },
        { ok: false, error: 'the worker failed: unlucky thirteen' },
        { ok: true, value: 8 },
      ]);
      expect(notes).toHaveLength(1);
      expect(notes[0]).toMatch(
        /^note: could not compile the worker module flakyWorker\.ts \(.*ENOTDIR.*\); loading it through tsx instead, so each worker takes seconds to start\n$/,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('starts workers on the compiled module without the tsx loader the main thread runs under', () => {
    const dir = mkdtempSync(join(tmpdir(), 'faultline-pool-'));
    try {
      const script = new URL('./fixtures/poolUnderTsx.ts', import.meta.url).pathname;
      const run = spawnSync(process.execPath, ['--import', 'tsx', script, dir], { encoding: 'utf8' });
      expect(run.stderr).toBe('');
      const { main, workers } = JSON.parse(run.stdout) as {
        main: string[];
        workers: { ok: boolean; value: string[] }[];
      };
      expect(main.some((option) => /tsx/.test(option))).toBe(true);
      expect(workers).toHaveLength(2);
      for (const w of workers) {
        expect(w.ok).toBe(true);
        expect(w.value.filter((option) => /tsx/.test(option))).toEqual([]);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('takes out of the Node options only those that load tsx', () => {
    expect(
      execArgvWithoutTsx([
        '--require',
        '/repo/node_modules/tsx/dist/preflight.cjs',
        '--import',
        'file:///repo/node_modules/tsx/dist/loader.mjs',
        '--expose-gc',
        '--import=tsx',
        '--loader',
        'tsx/esm',
        '--enable-source-maps',
        '--import',
        './hooks/tsxish-name.mjs',
        '--require',
      ]),
    ).toEqual(['--expose-gc', '--enable-source-maps', '--import', './hooks/tsxish-name.mjs', '--require']);
  });

  it('a worker asked to close ends by itself, once idle (exit code 0, where a terminated thread gives 1)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'faultline-pool-'));
    try {
      const compiled = await compiledWorker(flaky, dir);
      if (!compiled.ok) throw new Error(compiled.reason);
      const worker = new Worker(compiled.url, { workerData: null });
      const answers: unknown[] = [];
      const exitCode = await new Promise<number>((resolve) => {
        worker.on('message', (msg: { ready: true } | { i: number; value: number }) => {
          answers.push(msg);
          if ('ready' in msg) worker.postMessage({ i: 0, task: 21 });
          else worker.postMessage({ close: true });
        });
        worker.on('exit', resolve);
      });
      expect(answers).toEqual([{ ready: true }, { i: 0, value: 42 }]);
      expect(exitCode).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('finishes at once with nothing to do', async () => {
    expect(await runInPool([], { jobs: 4, workerUrl: flaky, workerData: null })).toEqual([]);
  });

  it('defaults to one worker per core less one, at least one', () => {
    expect(defaultJobs()).toBeGreaterThanOrEqual(1);
  });
});
