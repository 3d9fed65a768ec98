/**
 * Retry budgets (as Finagle's RetryBudget and gRPC's retry throttling): over the last
 * BUDGET_WINDOW_S seconds, the retries over an RPC edge may number at most
 * `ratio` × the calls started over it plus a floor (retries per second × the window), so
 * retries can add at most a fixed share to the load however bad things get. A retry the
 * budget refuses is not sent: the call ends with the failure of its last attempt.
 *
 * The window is BUDGET_WINDOW_S buckets of one simulated second, each stamped with the
 * second it counts; a bucket whose stamp has left the window counts nothing and is reset
 * when its second comes round again. Pure arithmetic on the clock: no events.
 */
import { BUDGET_WINDOW_S, type RetryBudgetState } from './retryBudgetState';
import type { EngineContext } from './runState';

const BUCKET_MS = 1000;

/** The bucket of the second `now` falls in, emptied first if it still counts an older second. */
function bucketAt(b: RetryBudgetState, now: number): number {
  const second = Math.floor(now / BUCKET_MS);
  const i = second % BUDGET_WINDOW_S;
  if (b.epoch[i] !== second) {
    b.epoch[i] = second;
    b.calls[i] = 0;
    b.retries[i] = 0;
  }
  return i;
}

/** A call started over `edge`: it adds to what the budget allows. */
export function budgetDeposit(ctx: EngineContext, edge: number): void {
  const b = ctx.s.edges[edge].budget;
  if (b) b.calls[bucketAt(b, ctx.s.now)]++;
}

/**
 * Whether the budget of `edge` allows one more retry now; if it does, the retry is counted
 * against it, and if not, the refusal is counted. Edges without a budget always allow.
 */
export function budgetAllowsRetry(ctx: EngineContext, edge: number): boolean {
  const b = ctx.s.edges[edge].budget;
  if (!b) return true;
  const spec = ctx.topo.edges[edge];
  const second = Math.floor(ctx.s.now / BUCKET_MS);
  let calls = 0;
  let retries = 0;
  for (let i = 0; i < BUDGET_WINDOW_S; i++) {
    if (b.epoch[i] > second - BUDGET_WINDOW_S) {
      calls += b.calls[i];
      retries += b.retries[i];
    }
  }
  if (retries + 1 > spec.budgetRatio * calls + spec.budgetMinPerS * BUDGET_WINDOW_S) {
    b.refused++;
    return false;
  }
  b.retries[bucketAt(b, ctx.s.now)]++;
  return true;
}
