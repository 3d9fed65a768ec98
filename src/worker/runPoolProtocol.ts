/**
 * Messages between the run pool (runPool.ts) and its workers (runPool.worker.ts): one whole
 * document run headless per request, answered with the run's summary (src/sweeps: its
 * outcome values and the clients that collapsed) and, when asked, its outcomes with the
 * per-second series the bands are drawn from. A sweep of thousands of runs keeps only the
 * summaries. Plain data, structured-cloned.
 */
import type { FaultlineDocument } from '../model';
import { type RunOutcomes, type RunSummary, summarizeRun } from '../sweeps';
import { runOutcomes } from '../sweeps/runTask';

/** One run to do: the document (a variant, for a sweep) with this seed. */
export interface PoolRunRequest {
  type: 'run';
  /** The job's index in the batch, echoed back so answers can arrive in any order. */
  job: number;
  doc: FaultlineDocument;
  seed: number;
  /** Send the outcomes with their series too (a seed run's bands need them). */
  keepSeries: boolean;
}

/** A worker's answer: the run's summary (and outcomes when asked), or why the run failed. */
export type PoolRunAnswer =
  | { type: 'done'; job: number; summary: RunSummary; outcomes?: RunOutcomes }
  | { type: 'failed'; job: number; message: string };

/** What a worker answers to `request`: the run, or the engine's refusal in words. Never throws. */
export function answerRun(request: PoolRunRequest): PoolRunAnswer {
  const { job, doc, seed } = request;
  try {
    const outcomes = runOutcomes(doc, seed);
    const summary = summarizeRun(outcomes);
    return request.keepSeries ? { type: 'done', job, summary, outcomes } : { type: 'done', job, summary };
  } catch (error) {
    return { type: 'failed', job, message: error instanceof Error ? error.message : String(error) };
  }
}
