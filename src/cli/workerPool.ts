/**
 * A pool of Node worker threads for the command line's seed runs and sweeps: tasks go to
 * `jobs` workers, one at a time each, and come back in task order whatever order they
 * finished in, so the output does not depend on the number of workers. A task whose worker
 * throws or exits is reported failed (with the reason); the worker is replaced and the
 * other tasks finish.
 *
 * The worker module reads its setup from `workerData`, says `{ ready: true }` once it is
 * loaded, then answers each `{ i, task }` message with `{ i, value }`, and closes when asked
 * (poolWorker.ts serveTasks, used by sweepWorker.ts).
 * A worker that dies before it is ready cannot run anything: the tasks not yet started are
 * all reported failed with its reason, instead of starting a new worker for each.
 *
 * A TypeScript worker module is compiled once into one JavaScript file shared by all the
 * workers (workerBundle.ts, cached between runs); if that fails, the workers load it
 * through tsx instead, slower to start, and `onNote` says why.
 */
import { availableParallelism } from 'node:os';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { CloseRequest } from './poolWorker';
import { compiledWorker } from './workerBundle';

/** What became of one task. */
export type PoolResult<R> = { ok: true; value: R } | { ok: false; error: string };

export interface PoolOptions {
  /** Workers at once (at least 1; never more than there are tasks). */
  jobs: number;
  /** The worker module (a .ts module is compiled first, see workerBundle.ts). */
  workerUrl: URL;
  /** Given to every worker as `workerData`. */
  workerData: unknown;
  /** Called after each finished task with the count done so far (progress). */
  onProgress?: (done: number, total: number) => void;
  /** Called each time a worker has loaded its module and says it is ready (start-up timing). */
  onWorkerReady?: () => void;
  /** Told, as a line for stderr, when the worker module could not be compiled (tsx is used instead). */
  onNote?: (text: string) => void;
  /** Where the compiled worker module is cached (default: node_modules/.cache/faultline/). */
  cacheDir?: string;
}

/** The default --jobs: one worker per core, less one for the rest of the machine, at least 1. */
export function defaultJobs(): number {
  return Math.max(1, availableParallelism() - 1);
}

/** The module the workers of a pool start on, and whether it is a compiled (self-contained) file. */
interface WorkerModule {
  url: URL;
  compiled: boolean;
}

/**
 * The module the workers start on: a JavaScript module as it is; a TypeScript module
 * compiled into one file (workerBundle.ts), or itself, with a note saying why, when that fails.
 */
async function moduleToStart(options: PoolOptions): Promise<WorkerModule> {
  const url = options.workerUrl;
  if (!url.pathname.endsWith('.ts')) return { url, compiled: false };
  const compiled = await compiledWorker(url, options.cacheDir);
  if (compiled.ok) return { url: compiled.url, compiled: true };
  options.onNote?.(
    `note: could not compile the worker module ${basename(fileURLToPath(url))} (${compiled.reason}); ` +
      'loading it through tsx instead, so each worker takes seconds to start\n',
  );
  return { url, compiled: false };
}

/** Node options that load tsx (`--import`, `--require` or `--loader` naming a tsx file). */
const TSX_OPTION = /^--(import|require|loader|experimental-loader)$/;
const isTsx = (value: string) => /(^|[/\\])tsx([/\\]|$)/.test(value);

/**
 * `execArgv` without the options that load tsx. A worker inherits the main thread's Node
 * options, and under tsx (`npm run simulate`) those make every worker load tsx's loader
 * first: about 0.1 s more per worker, for a compiled module that has no TypeScript left.
 */
export function execArgvWithoutTsx(execArgv: readonly string[]): string[] {
  const kept: string[] = [];
  for (let i = 0; i < execArgv.length; i++) {
    const option = execArgv[i];
    if (TSX_OPTION.test(option) && i + 1 < execArgv.length && isTsx(execArgv[i + 1])) {
      i++;
      continue;
    }
    const [name, value] = option.split(/=(.*)/s, 2);
    if (value !== undefined && TSX_OPTION.test(name) && isTsx(value)) continue;
    kept.push(option);
  }
  return kept;
}

/**
 * A worker for `module`. A compiled module starts without tsx's loader; a JavaScript module
 * given as such, with the main thread's options. A TypeScript module (when it could not be
 * compiled) is loaded through tsx's `tsImport` from a small bootstrap: on Node 20 a worker
 * does not inherit the loader the main thread was started with.
 */
function startWorker(module: WorkerModule, workerData: unknown): Worker {
  const { url } = module;
  if (module.compiled) return new Worker(url, { workerData, execArgv: execArgvWithoutTsx(process.execArgv) });
  if (!url.pathname.endsWith('.ts')) return new Worker(url, { workerData });
  const api = import.meta.resolve('tsx/esm/api');
  const href = JSON.stringify(url.href);
  const bootstrap = `import(${JSON.stringify(api)}).then((tsx) => tsx.tsImport(${href}, ${href}))`;
  return new Worker(bootstrap, { eval: true, workerData });
}

/** How long a worker asked to close may take before it is terminated. */
const CLOSE_GRACE_MS = 10_000;

/**
 * Asks an idle worker to end by itself (poolWorker.ts says why not terminate it at once);
 * one that has not ended after CLOSE_GRACE_MS is terminated. Its exit then counts as any
 * worker's end with no task in hand.
 */
function retire(worker: Worker): void {
  const grace = setTimeout(() => void worker.terminate(), CLOSE_GRACE_MS);
  grace.unref();
  worker.once('exit', () => clearTimeout(grace));
  worker.postMessage({ close: true } satisfies CloseRequest);
}

/** Runs `tasks` on the pool; the results are in task order. Never rejects. */
export async function runInPool<T, R>(tasks: readonly T[], options: PoolOptions): Promise<PoolResult<R>[]> {
  const results: PoolResult<R>[] = new Array(tasks.length);
  if (tasks.length === 0) return results;
  const workerModule = await moduleToStart(options);
  const jobs = Math.max(1, Math.min(Math.floor(options.jobs), tasks.length));
  let next = 0;
  let done = 0;
  let live = 0;

  return new Promise((resolve) => {
    const finish = (i: number, result: PoolResult<R>) => {
      if (results[i] !== undefined) return;
      results[i] = result;
      done++;
      options.onProgress?.(done, tasks.length);
    };

    const start = () => {
      const worker = startWorker(workerModule, options.workerData);
      live++;
      let current = -1;
      let ended = false;
      let ready = false;
      const give = () => {
        if (next >= tasks.length) {
          current = -1;
          retire(worker);
          return;
        }
        current = next++;
        worker.postMessage({ i: current, task: tasks[current] });
      };
      // A worker that dies takes its task with it: report that task, and carry on with a new worker.
      const lost = (reason: string) => {
        if (ended) return;
        ended = true;
        live--;
        if (current >= 0) finish(current, { ok: false, error: reason });
        current = -1;
        if (!ready) {
          while (next < tasks.length)
            finish(next++, { ok: false, error: `the worker could not start: ${reason}` });
        }
        if (next < tasks.length) start();
        else if (live === 0) resolve(results);
      };
      worker.on('message', (msg: { ready: true } | { i: number; value: R }) => {
        if ('ready' in msg) {
          ready = true;
          options.onWorkerReady?.();
        } else finish(msg.i, { ok: true, value: msg.value });
        give();
      });
      worker.on('error', (e) => lost(`the worker failed: ${e instanceof Error ? e.message : String(e)}`));
      worker.on('exit', (code) => lost(`the worker exited (code ${code}) during the run`));
    };

    for (let w = 0; w < jobs; w++) start();
  });
}
