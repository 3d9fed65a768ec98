/**
 * The run state of autoscaling: each instance's phase, and per autoscaled service the
 * counts of live, booting and draining instances with their time integrals (instance-seconds
 * for the report, instances per second for the series). Plain data, checkpointed with the
 * rest of the run state.
 */
import type { NodeState } from './nodeState';
import type { InstanceState } from './state';
import type { Topology } from './topology';

/** An instance serves (every instance of a service without autoscaling is live). */
export const INSTANCE_LIVE = 0;
/** A new instance during its cold start: it takes no work yet. */
export const INSTANCE_BOOTING = 1;
/** Being taken away: it takes no new work and finishes what it holds. */
export const INSTANCE_DRAINING = 2;
/** A slot up to the maximum that no instance occupies. */
export const INSTANCE_OFF = 3;

export interface ScalerState {
  node: number;
  live: number;
  booting: number;
  draining: number;
  /**
   * One past the highest slot not off: the load balancer and the queue's consumers look no
   * further (scale-out fills the lowest free slot, so the slots in use stay near the start).
   */
  extent: number;
  /** Instance·ms in each phase since the start, brought up to date at `areaT`. */
  liveArea: number;
  bootingArea: number;
  drainingArea: number;
  areaT: number;
  /** The areas when the open second of the series began. */
  secLiveArea: number;
  secBootingArea: number;
  secDrainingArea: number;
  /** The node's busy worker·ms and the live and draining instance·ms at the last evaluation. */
  evalBusyArea: number;
  evalServingArea: number;
  /** When the last scale-out, and the last scaling of either way, happened (-1: never). */
  lastOutMs: number;
  lastChangeMs: number;
  /** Most instances live and booting at once. */
  peak: number;
  scaleOuts: number;
  scaleIns: number;
}

/**
 * A scaler per autoscaled service, its first `initial` instances live and the rest of its
 * slots off (out of the load balancer); the node's worker count follows its live ones.
 */
export function createScalers(topo: Topology, nodes: NodeState[], instances: InstanceState[]): ScalerState[] {
  const scalers: ScalerState[] = [];
  topo.nodes.forEach((spec, node) => {
    const a = spec.autoscale;
    if (!a) return;
    for (let k = a.initial; k < spec.instances; k++) {
      const is = instances[spec.firstInstance + k];
      is.phase = INSTANCE_OFF;
      is.lbUp = false;
    }
    nodes[node].workers = a.initial * spec.workers;
    scalers.push({
      node,
      live: a.initial,
      booting: 0,
      draining: 0,
      extent: a.initial,
      liveArea: 0,
      bootingArea: 0,
      drainingArea: 0,
      areaT: 0,
      secLiveArea: 0,
      secBootingArea: 0,
      secDrainingArea: 0,
      evalBusyArea: 0,
      evalServingArea: 0,
      lastOutMs: -1,
      lastChangeMs: -1,
      peak: a.initial,
      scaleOuts: 0,
      scaleIns: 0,
    });
  });
  return scalers;
}

/** The instance slots of `node` worth looking at for work: all, or an autoscaled service's slots up to its extent. */
export function slotsInUse(topo: Topology, scalers: ScalerState[], node: number): number {
  const spec = topo.nodes[node];
  // `!== null`: one compare, where a truth test of an object-or-null field checks for every falsy value.
  return spec.autoscale !== null ? scalers[spec.autoscale.index].extent : spec.instances;
}

/** Brings the scaler's phase integrals up to `now`. */
export function touchScaler(sc: ScalerState, now: number): void {
  const dt = now - sc.areaT;
  if (dt > 0) {
    sc.liveArea += sc.live * dt;
    sc.bootingArea += sc.booting * dt;
    sc.drainingArea += sc.draining * dt;
    sc.areaT = now;
  }
}
