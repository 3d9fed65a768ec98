/**
 * Messages between the run pool (runPool.ts) and its workers (runPool.worker.ts): one whole
 * document run headless to its report per request. Plain data, structured-cloned.
 */
import type { FaultlineDocument } from '../model';
import type { Report } from '../sim/report';

/** One run to do: the document (a variant, for a sweep) with this seed. */
export interface PoolRunRequest {
  type: 'run';
  /** The job's index in the batch, echoed back so answers can arrive in any order. */
  job: number;
  doc: FaultlineDocument;
  seed: number;
}

/** A worker's answer: the run's report, or why the run failed. */
export type PoolRunAnswer =
  | { type: 'report'; job: number; report: Report }
  | { type: 'failed'; job: number; message: string };
