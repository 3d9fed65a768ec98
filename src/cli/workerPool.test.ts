/**
 * The command line's worker pool with real worker threads: a worker that throws or dies
 * costs only its own task, the results keep task order, and any number of workers gives
 * the same results. (fixtures/flakyWorker.ts doubles numbers, throws on 13, exits on 666.)
 */
import { describe, expect, it } from 'vitest';
import { defaultJobs, runInPool } from './workerPool';

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
    const results = await runInPool<number, number>([1, 2, 3, 4, 5], {
      jobs: 2,
      workerUrl: missing,
      workerData: null,
    });
    expect(results).toHaveLength(5);
    for (const r of results) {
      expect(r.ok).toBe(false);
      expect(!r.ok && r.error).toMatch(/^the worker could not start: the worker failed: .*noSuchWorker/);
    }
  });

  it('finishes at once with nothing to do', async () => {
    expect(await runInPool([], { jobs: 4, workerUrl: flaky, workerData: null })).toEqual([]);
  });

  it('defaults to one worker per core less one, at least one', () => {
    expect(defaultJobs()).toBeGreaterThanOrEqual(1);
  });
});
