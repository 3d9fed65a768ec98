/** The state of an edge's retry budget (retryBudget.ts): plain data, part of every checkpoint. */

/** The window the budget is measured over, in seconds (Finagle's default TTL). */
export const BUDGET_WINDOW_S = 10;

/** One edge's budget: calls started and retries sent per second of the window. */
export interface RetryBudgetState {
  /** The second each bucket counts (−1: none yet). */
  epoch: Float64Array;
  calls: Float64Array;
  retries: Float64Array;
  /** Retries the budget refused over the run. */
  refused: number;
}

export function createRetryBudget(): RetryBudgetState {
  return {
    epoch: new Float64Array(BUDGET_WINDOW_S).fill(-1),
    calls: new Float64Array(BUDGET_WINDOW_S),
    retries: new Float64Array(BUDGET_WINDOW_S),
    refused: 0,
  };
}
