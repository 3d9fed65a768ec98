import { useCallback, useEffect, useRef, useState } from 'react';
import { type PoolJob, type PoolResult, type PoolRun, poolSize, runPool } from '../../worker/runPool';

/** Where a batch of runs stands. */
export interface BatchState {
  status: 'idle' | 'running' | 'done' | 'cancelled';
  done: number;
  failed: number;
  total: number;
  /** Indexed by job; holes for runs not (yet) ended. */
  results: (PoolResult | undefined)[];
}

const IDLE: BatchState = { status: 'idle', done: 0, failed: 0, total: 0, results: [] };

/**
 * Runs batches of documents in the run pool (one worker per spare core) with progress and
 * Cancel. Starting a new batch cancels the one running; leaving the page stops the workers.
 */
export function useRunBatch(): {
  batch: BatchState;
  start: (jobs: PoolJob[]) => Promise<BatchState>;
  cancel: () => void;
} {
  const [batch, setBatch] = useState<BatchState>(IDLE);
  const running = useRef<PoolRun | null>(null);

  const cancel = useCallback(() => running.current?.cancel(), []);
  useEffect(() => cancel, [cancel]);

  const start = useCallback(async (jobs: PoolJob[]) => {
    running.current?.cancel();
    setBatch({ status: 'running', done: 0, failed: 0, total: jobs.length, results: [] });
    const run = runPool(jobs, {
      size: poolSize(navigator.hardwareConcurrency),
      onResult: (_r, p) => {
        if (running.current === run) setBatch((b) => ({ ...b, done: p.done, failed: p.failed }));
      },
    });
    running.current = run;
    const outcome = await run.done;
    const results = outcome.results;
    const end: BatchState = {
      status: outcome.cancelled ? 'cancelled' : 'done',
      done: results.filter(Boolean).length,
      failed: results.filter((r) => r && !r.ok).length,
      total: jobs.length,
      results,
    };
    if (running.current === run) {
      running.current = null;
      setBatch(end);
    }
    return end;
  }, []);

  return { batch, start, cancel };
}
