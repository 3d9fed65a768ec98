/**
 * A crash takes the work its instance holds with it. Mode
 * refuse: every request it was computing, calling downstream for or holding in its backlog
 * fails at once, as a reset connection. Mode hang: they get no answer, and each caller's
 * timeout decides. A message it held goes back to the broker at once either way (the
 * consumer's connection dropped), so the queue redelivers it: at-least-once delivery is
 * what saves that work. A redeploy is a graceful restart: held work finishes.
 */

import { C_REFUSED, C_TIMEOUT } from './causes';
import { freeJob } from './jobs';
import { settleDelivery } from './queues';
import type { EngineContext } from './runState';
import { finishJob, releaseWorker } from './services';
import { fifoShift, fifoSize, fillFailure, JOB_FOR_MESSAGE, JOB_FREE, JOB_QUEUED } from './state';

/** Drops the work instance `inst` holds as it crashes (it is already marked down). */
export function dropHeldWork(ctx: EngineContext, inst: number, fault: number, hang: boolean): void {
  const s = ctx.s;
  const instance = s.instances[inst];
  const jobs = s.pools.jobs;
  // Empty the backlog first, so a worker freed below does not start the next waiting
  // request; those jobs are still live on this instance and are dropped with the rest.
  while (fifoSize(instance.backlog) > 0) s.nodes[jobs[fifoShift(instance.backlog)].node].backlog--;
  for (let j = 0; j < jobs.length; j++) {
    if (jobs[j].state !== JOB_FREE && jobs[j].instance === inst) drop(ctx, j, fault, hang);
  }
}

function drop(ctx: EngineContext, j: number, fault: number, hang: boolean): void {
  const job = ctx.s.pools.jobs[j];
  const cause = hang ? C_TIMEOUT : C_REFUSED;
  job.failed = true;
  fillFailure(job.fail, cause, job.node, fault, -1);
  if (job.parentKind === JOB_FOR_MESSAGE && job.state === JOB_QUEUED && job.holdsWorker) {
    // Pulled but not yet arrived: it never reached the service, so only the worker it
    // reserved and the message itself are to be given back.
    releaseWorker(ctx, j);
    settleDelivery(ctx, job.parent, job.parentGen, false, cause);
    freeJob(ctx, j);
    return;
  }
  finishJob(ctx, j, false, hang && job.parentKind !== JOB_FOR_MESSAGE);
}
