/**
 * The worker thread of the command line's pool (workerPool.ts): it receives a sweep's plan
 * once (`workerData`), says it is ready, and then runs one task per message with the same `runTask` the
 * browser uses, answering with the run's summary (or its failure).
 */
import { workerData } from 'node:worker_threads';
import type { SweepPlan, SweepTask } from '../sweeps';
import { runTask, type SweepRunOptions } from '../sweeps/runTask';
import { serveTasks } from './poolWorker';

/** What every worker of a sweep is started with. */
export interface SweepWorkerData {
  plan: Pick<SweepPlan, 'doc' | 'axes' | 'points'>;
  options: SweepRunOptions;
}

const { plan, options } = workerData as SweepWorkerData;

serveTasks((task: SweepTask) => runTask(plan, task, options));
