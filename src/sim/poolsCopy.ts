import type { Call, Job, Pools } from './state';

/**
 * A deep copy of the record pools, for a checkpoint and for a restore. The pools are flat
 * records (one nested `fail` in calls and jobs, which nothing else references: failures are
 * copied field by field, state.ts `copyFailure`) and free lists of indexes, so spreading
 * each record copies all of it. structuredClone did the same for every checkpoint at about
 * 2 µs a record in Chromium; this is about a tenth of that, and the pools are most of a
 * small diagram's checkpoint (docs/performance.md, "Run to end in the browser").
 */
export function copyPools(p: Pools): Pools {
  return {
    reqs: p.reqs.map((r) => ({ ...r })),
    reqFree: p.reqFree.slice(),
    calls: p.calls.map(copyWithFailure<Call>),
    callFree: p.callFree.slice(),
    jobs: p.jobs.map(copyWithFailure<Job>),
    jobFree: p.jobFree.slice(),
    msgs: p.msgs.map((m) => ({ ...m })),
    msgFree: p.msgFree.slice(),
  };
}

function copyWithFailure<R extends Call | Job>(r: R): R {
  return { ...r, fail: { ...r.fail } };
}
