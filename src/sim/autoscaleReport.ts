/**
 * What autoscaling adds to the series and the report (report.ts): instances per bucket in
 * each phase, utilisation over the workers that existed, and instance-seconds. Nothing is
 * added for a document without autoscaling, so its report stays exactly what it was.
 */
import { touchScaler } from './autoscaleState';
import type { NodeReport, SeriesRow } from './report';
import type { EngineContext } from './runState';
import { KIND_SERVICE } from './topology';

/**
 * Finishes an autoscaled service's series cell for the second that lasted `lengthMs`:
 * mean instances in each phase, and utilisation as busy ÷ workers of its live and draining
 * instances (the fixed-fleet formula would divide by the maximum).
 */
export function closeScalerSecond(
  ctx: EngineContext,
  node: number,
  cell: SeriesRow['nodes'][string],
  busyArea: number,
  lengthMs: number,
): void {
  const spec = ctx.topo.nodes[node];
  const sc = ctx.s.scalers[spec.autoscale!.index];
  touchScaler(sc, ctx.s.now);
  const live = sc.liveArea - sc.secLiveArea;
  const booting = sc.bootingArea - sc.secBootingArea;
  const draining = sc.drainingArea - sc.secDrainingArea;
  const serving = (live + draining) * spec.workers;
  cell.utilization = serving > 0 ? busyArea / serving : 0;
  cell.instances =
    lengthMs > 0
      ? { live: live / lengthMs, booting: booting / lengthMs, draining: draining / lengthMs }
      : { live: sc.live, booting: sc.booting, draining: sc.draining };
  sc.secLiveArea = sc.liveArea;
  sc.secBootingArea = sc.bootingArea;
  sc.secDrainingArea = sc.drainingArea;
}

/**
 * Adds instance-seconds to every service's report (and the autoscaler's summary and
 * utilisation to autoscaled ones) when some service autoscales; returns their sum, or
 * undefined when none does. `busyArea` gives each node's busy worker·ms up to now.
 */
export function addInstanceSeconds(
  ctx: EngineContext,
  nodes: Record<string, NodeReport>,
  busyArea: (node: number) => number,
): number | undefined {
  const s = ctx.s;
  if (s.scalers.length === 0) return undefined;
  let total = 0;
  ctx.topo.nodes.forEach((spec, i) => {
    if (spec.kind !== KIND_SERVICE) return;
    const r = nodes[spec.id];
    if (!spec.autoscale) {
      r.instanceSeconds = (spec.instances * s.now) / 1000;
      total += r.instanceSeconds;
      return;
    }
    // Integrals up to now, computed aside: a report mid-run must not change the run's own sums.
    const sc = s.scalers[spec.autoscale.index];
    const dt = Math.max(0, s.now - sc.areaT);
    const live = sc.liveArea + sc.live * dt;
    const draining = sc.drainingArea + sc.draining * dt;
    const all = live + draining + sc.bootingArea + sc.booting * dt;
    r.instanceSeconds = all / 1000;
    total += r.instanceSeconds;
    const serving = (live + draining) * spec.workers;
    r.utilization = serving > 0 ? busyArea(i) / serving : 0;
    r.autoscale = {
      peakInstances: sc.peak,
      finalInstances: sc.live + sc.booting,
      scaleOuts: sc.scaleOuts,
      scaleIns: sc.scaleIns,
    };
  });
  return total;
}
