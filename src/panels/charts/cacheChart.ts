import type { SeriesRow } from '../../sim/report';
import type { ChartData, NameOf } from './chartData';

const COLOURS = ['#be185d', '#2563eb', '#16a34a', '#ea580c', '#7c3aed', '#0d9488', '#ca8a04', '#475569'];

/**
 * Each cache's hit ratio in % per row (the engine's `hitRatio`): a second with no lookups
 * is a gap, not a 0 % that would read as a flush. Diagrams hold few caches: one line each,
 * up to eight.
 */
export function cacheHitRatio(series: SeriesRow[], cacheIds: string[], nameOf: NameOf): ChartData {
  const ids = cacheIds.slice(0, COLOURS.length);
  return {
    x: series.map((r) => r.t),
    lines: ids.map((id, i) => ({
      label: `${nameOf(id)} hit ratio %`,
      colour: COLOURS[i],
      values: series.map((r) => {
        const cell = r.nodes[id];
        return cell && cell.received > 0 && cell.hitRatio !== undefined ? cell.hitRatio * 100 : null;
      }),
    })),
  };
}
