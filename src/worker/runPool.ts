/**
 * The run pool: runs many whole documents (seeds of one diagram, variants of a sweep) to
 * their outcomes in a few Web Workers at once, one per spare core. Each worker takes the
 * next job when it answers; a worker that dies fails only the run it was doing and is
 * replaced; cancelling terminates every worker at once. The workers are made by a factory,
 * so the scheduling is tested with workers written in the test (runPool.test.ts) and proven
 * with real ones end to end (e2e/seeds.spec.ts).
 */
import type { FaultlineDocument } from '../model';
import type { RunOutcomes, RunSummary } from '../sweeps';
import type { PoolRunAnswer, PoolRunRequest } from './runPoolProtocol';

/** Workers at most, whatever the machine says: more would mostly cost memory. */
export const MAX_POOL_WORKERS = 8;

/** Workers for a machine with this many logical cores: one per spare core, 1 to MAX_POOL_WORKERS. */
export function poolSize(hardwareConcurrency: number | undefined): number {
  const cores = Number.isFinite(hardwareConcurrency) ? Math.floor(hardwareConcurrency as number) : 2;
  return Math.max(1, Math.min(MAX_POOL_WORKERS, cores - 1));
}

/** What the pool needs of a worker (a DOM Worker has it all). */
export interface PoolWorker {
  onmessage: ((event: { data: PoolRunAnswer }) => void) | null;
  onerror: ((event: { message?: string; preventDefault?: () => void }) => void) | null;
  postMessage(message: PoolRunRequest): void;
  terminate(): void;
}

/** One run of the batch. */
export interface PoolJob {
  doc: FaultlineDocument;
  seed: number;
  /** Keep the run's outcomes with their per-second series (for bands); otherwise only its summary. */
  keepSeries?: boolean;
}

/** How one run ended. */
export type PoolResult =
  | { job: number; seed: number; ok: true; summary: RunSummary; outcomes?: RunOutcomes }
  | { job: number; seed: number; ok: false; message: string };

export interface PoolProgress {
  /** Runs ended so far, failed ones included. */
  done: number;
  failed: number;
  total: number;
}

export interface RunPoolOptions {
  /** Workers to start (at most one per job). */
  size: number;
  createWorker?: () => PoolWorker;
  /** After every run that ends, in the order they end. */
  onResult?: (result: PoolResult, progress: PoolProgress) => void;
}

/** The batch's end: every run's result in job order, or `cancelled` with those that ended. */
export interface PoolOutcome {
  cancelled: boolean;
  /** Indexed by job; a hole where a cancelled batch never finished that run. */
  results: (PoolResult | undefined)[];
}

export interface PoolRun {
  readonly done: Promise<PoolOutcome>;
  /** Stops every worker now; `done` resolves with what had ended. Does nothing once done. */
  cancel(): void;
}

function defaultPoolWorker(): PoolWorker {
  return new Worker(new URL('./runPool.worker.ts', import.meta.url), {
    type: 'module',
  }) as unknown as PoolWorker;
}

/** Runs every job in a pool of workers; see the module comment. */
export function runPool(jobs: readonly PoolJob[], options: RunPoolOptions): PoolRun {
  const createWorker = options.createWorker ?? defaultPoolWorker;
  const results: (PoolResult | undefined)[] = new Array(jobs.length).fill(undefined);
  const progress: PoolProgress = { done: 0, failed: 0, total: jobs.length };
  const live = new Set<PoolWorker>();
  let next = 0;
  let finished = false;
  let resolve!: (outcome: PoolOutcome) => void;
  const done = new Promise<PoolOutcome>((r) => {
    resolve = r;
  });

  function finish(cancelled: boolean): void {
    if (finished) return;
    finished = true;
    for (const w of live) w.terminate();
    live.clear();
    resolve({ cancelled, results });
  }

  function record(result: PoolResult): void {
    if (finished || results[result.job] !== undefined) return;
    results[result.job] = result;
    progress.done += 1;
    if (!result.ok) progress.failed += 1;
    options.onResult?.(result, { ...progress });
    if (progress.done === jobs.length) finish(false);
  }

  function fail(job: number, message: string): void {
    record({ job, seed: jobs[job].seed, ok: false, message });
  }

  /** Gives the worker the next job, or retires it when there is none. */
  function feed(worker: PoolWorker, state: { job: number }): void {
    if (finished) return;
    if (next >= jobs.length) {
      state.job = -1;
      live.delete(worker);
      worker.terminate();
      return;
    }
    state.job = next++;
    const { doc, seed, keepSeries = false } = jobs[state.job];
    try {
      worker.postMessage({ type: 'run', job: state.job, doc, seed, keepSeries });
    } catch (error) {
      // A document that cannot be cloned fails its own run, not the batch.
      fail(state.job, error instanceof Error ? error.message : String(error));
      feed(worker, state);
    }
  }

  function start(): void {
    let worker: PoolWorker;
    try {
      worker = createWorker();
    } catch (error) {
      // No worker at all (a browser without module workers): nothing can run.
      const message = `The runs could not start (${error instanceof Error ? error.message : String(error)}).`;
      while (next < jobs.length) fail(next++, message);
      if (live.size === 0) finish(false);
      return;
    }
    const state = { job: -1 };
    live.add(worker);
    worker.onmessage = (event) => {
      const answer = event.data;
      if (answer.job !== state.job) return;
      if (answer.type === 'done') {
        const { summary, outcomes } = answer;
        record({
          job: answer.job,
          seed: jobs[answer.job].seed,
          ok: true,
          summary,
          ...(outcomes ? { outcomes } : {}),
        });
      } else fail(answer.job, answer.message);
      feed(worker, state);
    };
    worker.onerror = (event) => {
      event.preventDefault?.();
      // The worker is gone (or no longer trusted): its run failed; a new one takes the rest.
      live.delete(worker);
      worker.terminate();
      const job = state.job;
      state.job = -1;
      if (job >= 0) fail(job, `The run crashed (${event.message || 'unknown error'}).`);
      if (!finished && next < jobs.length) start();
    };
    feed(worker, state);
  }

  if (jobs.length === 0) finish(false);
  else for (let i = 0; i < Math.max(1, Math.min(options.size, jobs.length)); i++) start();

  return { done, cancel: () => finish(true) };
}
