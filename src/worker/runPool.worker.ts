/**
 * A run-pool worker: runs one document with one seed to its end, headless (no frames, no
 * checkpoints, no transfers), and answers with the run's summary (runPoolProtocol.ts). An
 * engine error becomes a "failed" answer; anything worse kills the worker, which the pool
 * notices (runPool.ts).
 */
import { answerRun, type PoolRunAnswer, type PoolRunRequest } from './runPoolProtocol';

/** The part of the worker's global scope used here (the DOM lib types `self` as a Window). */
interface WorkerScope {
  postMessage(message: PoolRunAnswer): void;
  onmessage: ((event: MessageEvent<PoolRunRequest>) => void) | null;
}
const scope = self as unknown as WorkerScope;

scope.onmessage = (event: MessageEvent<PoolRunRequest>) => {
  scope.postMessage(answerRun(event.data));
};
