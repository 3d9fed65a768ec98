/**
 * A load balancer's settings compiled for the engine (balancer.ts): the strategy as a code,
 * times in milliseconds, and 0 for a feature that is off.
 */
import type { BalancerNode } from '../model';

export const STRATEGY_ROUND_ROBIN = 0;
export const STRATEGY_RANDOM = 1;
export const STRATEGY_LEAST_OUTSTANDING = 2;
export const STRATEGY_POWER_OF_TWO = 3;

const STRATEGY_CODES: Readonly<Record<BalancerNode['strategy'], number>> = Object.freeze({
  roundRobin: STRATEGY_ROUND_ROBIN,
  random: STRATEGY_RANDOM,
  leastOutstanding: STRATEGY_LEAST_OUTSTANDING,
  powerOfTwo: STRATEGY_POWER_OF_TWO,
});

export interface BalancerSpec {
  strategy: number;
  /** Active health checks: probe interval in ms, 0 when they are off. */
  probeIntervalMs: number;
  probeTimeoutMs: number;
  unhealthyThreshold: number;
  healthyThreshold: number;
  /** Passive outlier ejection: failures in a row that eject, 0 when it is off. */
  ejectAfter: number;
  ejectionMs: number;
  maxEjectionPercent: number;
}

/** Compiles a balancer node's parameters. */
export function compileBalancer(n: BalancerNode): BalancerSpec {
  const h = n.healthCheck;
  const o = n.outlierEjection;
  return {
    strategy: STRATEGY_CODES[n.strategy],
    probeIntervalMs: h.enabled ? h.intervalS * 1000 : 0,
    probeTimeoutMs: h.timeoutMs,
    unhealthyThreshold: h.unhealthyThreshold,
    healthyThreshold: h.healthyThreshold,
    ejectAfter: o.enabled ? o.consecutiveFailures : 0,
    ejectionMs: o.ejectionS * 1000,
    maxEjectionPercent: o.maxEjectionPercent,
  };
}
