/**
 * An autoscaled service's rule, compiled from its `autoscale` parameters
 * (src/model/params/nodeParams.ts): times in ms, the metric as a code, the bounds made
 * consistent. Immutable for a run, like the rest of the topology.
 */
import type { ServiceNode } from '../model';

export const METRIC_UTILISATION = 0;
export const METRIC_BACKLOG = 1;
export const METRIC_QUEUE_DEPTH = 2;

export interface AutoscaleSpec {
  /** This service's place among the autoscaled ones (its state in SimState.scalers). */
  index: number;
  min: number;
  /** At least `min`. */
  max: number;
  /** The instance count the run starts with: the service's `instances`, clamped into [min, max]. */
  initial: number;
  metric: number;
  /** Busy fraction (utilisation) or waiting work per live instance (backlog, queue depth). */
  target: number;
  intervalMs: number;
  step: number;
  scaleOutCooldownMs: number;
  scaleInCooldownMs: number;
  coldStartMs: number;
}

/** The compiled rule of a service, or null when its autoscaling is off. */
export function compileAutoscale(n: ServiceNode): AutoscaleSpec | null {
  const a = n.autoscale;
  if (!a.enabled) return null;
  const max = Math.max(a.minInstances, a.maxInstances);
  const metric =
    a.metric === 'utilisation'
      ? METRIC_UTILISATION
      : a.metric === 'backlog'
        ? METRIC_BACKLOG
        : METRIC_QUEUE_DEPTH;
  return {
    index: 0,
    min: a.minInstances,
    max,
    initial: Math.min(max, Math.max(a.minInstances, n.instances)),
    metric,
    target: metric === METRIC_UTILISATION ? a.targetUtilisation : a.targetPerInstance,
    intervalMs: a.intervalS * 1000,
    step: a.step,
    scaleOutCooldownMs: a.scaleOutCooldownS * 1000,
    scaleInCooldownMs: a.scaleInCooldownS * 1000,
    coldStartMs: a.coldStartS * 1000,
  };
}
