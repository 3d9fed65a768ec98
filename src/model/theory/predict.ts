/**
 * What a queueing model predicts for the figures the inspector measures: utilisation, mean
 * wait for a worker, mean time and number in the system, and the fraction of arrivals lost.
 */
import type { QueueModel, TheoryParams } from './applicability';
import { erlangC, md1MeanMs, mmck, mmcMeanMs } from './queueing';

/** The steady-state figures of a node, as theory has them. */
export interface Prediction {
  /** Fraction of worker time busy, 0–1. */
  utilisation: number;
  /** Mean wait for a worker of an accepted request, ms (Wq). */
  meanWaitMs: number;
  /** Mean time in the node of a served request, ms (W). */
  meanTimeMs: number;
  /** Mean number of requests in the node, waiting or in service (L). */
  meanInSystem: number;
  /** Fraction of arrivals turned away because the backlog is full. */
  loss: number;
  /** Fraction of accepted requests that wait for a worker. */
  waitProbability: number;
}

/** The prediction of `model` with `params` (a stable one: applicability refuses the rest). */
export function predict(model: QueueModel, params: TheoryParams): Prediction {
  const { lambda, mu, c, K } = params;
  if (model === 'M/D/1') {
    const rho = lambda / mu;
    const meanTimeMs = md1MeanMs(lambda, mu);
    return {
      utilisation: rho,
      meanWaitMs: meanTimeMs - 1000 / mu,
      meanTimeMs,
      meanInSystem: (lambda * meanTimeMs) / 1000,
      loss: 0,
      waitProbability: rho,
    };
  }
  if (model === 'M/M/c' || K === null) {
    const meanTimeMs = mmcMeanMs(params);
    return {
      utilisation: lambda / (c * mu),
      meanWaitMs: meanTimeMs - 1000 / mu,
      meanTimeMs,
      meanInSystem: (lambda * meanTimeMs) / 1000,
      loss: 0,
      waitProbability: erlangC(params),
    };
  }
  const f = mmck(params, K);
  return {
    utilisation: f.utilisation,
    meanWaitMs: f.meanWaitMs,
    meanTimeMs: f.meanMs,
    meanInSystem: f.inSystem,
    loss: f.blocking,
    waitProbability: f.waitProbability,
  };
}

/** The model's usual name with its numbers: "M/M/2", "M/M/2/102", "M/D/1". */
export function modelName(model: QueueModel, params: TheoryParams): string {
  if (model === 'M/D/1') return 'M/D/1';
  return params.K === null ? `M/M/${params.c}` : `M/M/${params.c}/${params.K}`;
}
