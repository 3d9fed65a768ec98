/**
 * A run-pool worker: runs one document with one seed to its end, headless (no frames, no
 * checkpoints, no transfers), and answers with the run's outcomes. An engine error becomes a "failed" answer;
 * anything worse kills the worker, which the pool notices (runPool.ts).
 */
import { runOutcomes } from '../sweeps';
import type { PoolRunAnswer, PoolRunRequest } from './runPoolProtocol';

/** The part of the worker's global scope used here (the DOM lib types `self` as a Window). */
interface WorkerScope {
  postMessage(message: PoolRunAnswer): void;
  onmessage: ((event: MessageEvent<PoolRunRequest>) => void) | null;
}
const scope = self as unknown as WorkerScope;

scope.onmessage = (event: MessageEvent<PoolRunRequest>) => {
  const { job, doc, seed } = event.data;
  try {
    scope.postMessage({ type: 'outcomes', job, outcomes: runOutcomes(doc, seed) });
  } catch (error) {
    scope.postMessage({
      type: 'failed',
      job,
      message: error instanceof Error ? error.message : String(error),
    });
  }
};
