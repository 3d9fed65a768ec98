/**
 * Jobs: one unit of work at a service, database or consumer (state.ts Job). Admission,
 * queue delivery and a crash all create and free them through here, so a job is always
 * set up and returned to its pool the same way.
 */
import type { EngineContext } from './runState';
import { allocJob, JOB_FREE, JOB_QUEUED, type JobParent } from './state';

/**
 * A new live job at instance `inst` of `node`, queued (not yet computing, holding no
 * worker), answering `parent` (life `parentGen`) for request `req` at call depth `depth`.
 */
export function newJob(
  ctx: EngineContext,
  node: number,
  inst: number,
  parentKind: JobParent,
  parent: number,
  parentGen: number,
  req: number,
  reqGen: number,
  depth: number,
): number {
  const s = ctx.s;
  const j = allocJob(s.pools);
  const job = s.pools.jobs[j];
  job.state = JOB_QUEUED;
  job.node = node;
  job.instance = inst;
  job.parentKind = parentKind;
  job.parent = parent;
  job.parentGen = parentGen;
  job.req = req;
  job.reqGen = reqGen;
  job.depth = depth;
  job.holdsWorker = false;
  job.failed = false;
  job.call = -1;
  job.cacheKey = -1;
  s.liveJobs++;
  return j;
}

/** Returns the job to the pool; events still scheduled for it see a new generation and do nothing. */
export function freeJob(ctx: EngineContext, j: number): void {
  // Each read once: finishJob inlines this, and every byte of it counts against the budget
  // finishJob needs for the reply's push (services.ts).
  const s = ctx.s;
  const pools = s.pools;
  const job = pools.jobs[j];
  job.state = JOB_FREE;
  job.gen++;
  s.liveJobs--;
  pools.jobFree.push(j);
}
