/**
 * Messages between the run pool (runPool.ts) and its workers (runPool.worker.ts): one whole
 * document run headless per request, answered with the run's outcomes (src/sweeps/outcomes.ts:
 * the figures and per-second series the spread is made of, a small part of the report).
 * Plain data, structured-cloned.
 */
import type { FaultlineDocument } from '../model';
import type { RunOutcomes } from '../sweeps';

/** One run to do: the document (a variant, for a sweep) with this seed. */
export interface PoolRunRequest {
  type: 'run';
  /** The job's index in the batch, echoed back so answers can arrive in any order. */
  job: number;
  doc: FaultlineDocument;
  seed: number;
}

/** A worker's answer: the run's outcomes, or why the run failed. */
export type PoolRunAnswer =
  | { type: 'outcomes'; job: number; outcomes: RunOutcomes }
  | { type: 'failed'; job: number; message: string };
