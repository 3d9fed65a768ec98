/**
 * Caches: a lookup takes the hit latency (the job's compute step, admission.ts); then the
 * key is drawn from the cache's Zipf law (zipf.ts). A hit answers at once. A miss asks the
 * backend over the cache's one outgoing RPC edge (integrity.ts refuses a second; that
 * edge's timeout and retries apply) and stores the key when the answer is a success; a
 * failed miss stores nothing and fails
 * back to the caller as `downstream`, keeping the root from below, as a service does. With
 * single flight, a miss for a key already being fetched waits for that call and gets its
 * outcome. A flush fault empties the cache and bypasses it while it lasts.
 * docs/engine.md, "Caches", has the whole story.
 */

import { C_DOWNSTREAM } from './causes';
import { lruClear, lruGet, lruPut } from './lru';
import { nextUnit, PURPOSE } from './random';
import { type EngineContext, nodeStream } from './runState';
import { finishJob, releaseWorker } from './services';
import { computeStale } from './staleness';
import { copyFailure, type Failure, JOB_CALLING, JOB_FOR_POLL, PARENT_JOB } from './state';
import { drawZipf } from './zipf';

/** The lookup of job `j` at a cache is over: answer a hit, or ask the backend for a miss. */
export function onCacheLookup(ctx: EngineContext, j: number, gen: number): void {
  const s = ctx.s;
  const job = s.pools.jobs[j];
  if (computeStale(job, gen)) return;
  // A client's poll ("is my work done?") is answered where it was asked, as at a service.
  if (job.parentKind === JOB_FOR_POLL) {
    finishJob(ctx, j, true);
    return;
  }
  const node = job.node;
  const spec = ctx.topo.nodes[node];
  const cache = spec.cache!;
  const cs = s.caches[node]!;
  // Caches draw nothing else, so their key draws use the node's routing stream (random.ts).
  const key = drawZipf(cache.cdf, nextUnit(s.rng, nodeStream(node, PURPOSE.route)));
  if (cs.flushing === 0 && lruGet(cs.lru, key, s.now)) {
    cs.hits++;
    cs.secHits++;
    finishJob(ctx, j, true);
    return;
  }
  cs.misses++;
  cs.secMisses++;
  job.cacheKey = key;
  job.state = JOB_CALLING;
  // A cache holds no worker while its backend answers: lookups never queue behind misses.
  releaseWorker(ctx, j);
  if (cache.singleFlight) {
    const flight = cs.flights[key];
    if (flight !== undefined) {
      cs.coalesced++;
      flight.push(j, job.gen);
      // Blame follows the call this job waits on, which is its leader's (blame.ts).
      const leader = s.pools.jobs[flight[0]];
      job.call = leader.call;
      job.callGen = leader.callGen;
      return;
    }
    cs.flights[key] = [j, job.gen];
  }
  if (spec.out.length === 0) {
    // No backend drawn yet: the miss is filled at once.
    missAnswered(ctx, j, true);
    return;
  }
  ctx.handlers.startCall(ctx, spec.out[0], PARENT_JOB, j, job.gen, job.req, job.reqGen, job.depth + 1);
}

/** The backend call of a cache's miss ended (after its retries): store the key on success, then answer. */
export function onCacheCallDone(
  ctx: EngineContext,
  j: number,
  gen: number,
  ok: boolean,
  fallback: boolean,
  fail: Failure,
): void {
  const job = ctx.s.pools.jobs[j];
  if (job.gen !== gen || job.state !== JOB_CALLING) return;
  if (!ok && !fallback) {
    job.failed = true;
    copyFailure(job.fail, fail);
    job.fail.cause = C_DOWNSTREAM;
  }
  // A fallback answers the caller but is no data worth keeping.
  missAnswered(ctx, j, ok);
}

/** Miss `j` got its answer: store it if `store` (and no flush bypasses the cache), answer every job waiting on it. */
function missAnswered(ctx: EngineContext, j: number, store: boolean): void {
  const s = ctx.s;
  const job = s.pools.jobs[j];
  const node = job.node;
  const cache = ctx.topo.nodes[node].cache!;
  const cs = s.caches[node]!;
  const key = job.cacheKey;
  if (store && cs.flushing === 0) lruPut(cs.lru, key, s.now + cache.ttlMs);
  const flight = cs.flights[key];
  if (flight !== undefined && flight[0] === j && flight[1] === job.gen) {
    delete cs.flights[key];
    const jobs = s.pools.jobs;
    for (let k = 2; k < flight.length; k += 2) {
      const w = flight[k];
      const waiter = jobs[w];
      if (waiter.gen !== flight[k + 1] || waiter.state !== JOB_CALLING) continue;
      if (job.failed) {
        waiter.failed = true;
        copyFailure(waiter.fail, job.fail);
      }
      finishJob(ctx, w, !job.failed);
    }
  }
  finishJob(ctx, j, !job.failed);
}

/** A flush fault starts on cache `node`: every entry is forgotten, and lookups miss until it ends. */
export function startFlush(ctx: EngineContext, node: number): void {
  const cs = ctx.s.caches[node];
  if (!cs) return;
  lruClear(cs.lru);
  cs.flushing++;
  cs.flushes++;
}

/** A flush fault on cache `node` ended: it stores answers again. */
export function endFlush(ctx: EngineContext, node: number): void {
  const cs = ctx.s.caches[node];
  if (cs && cs.flushing > 0) cs.flushing--;
}
