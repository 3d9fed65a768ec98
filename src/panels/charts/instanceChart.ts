import type { SeriesRow } from '../../sim/report';
import type { ChartData } from './chartData';

/**
 * An autoscaled service's instances over time: live, booting and draining (each a mean over
 * its bucket). Phases that never occur are left out; a service without autoscaling has none.
 */
export function nodeInstances(series: SeriesRow[], id: string): ChartData {
  const x = series.map((r) => r.t);
  const phases = [
    { key: 'live', label: 'live', colour: '#2563eb' },
    { key: 'booting', label: 'booting', colour: '#ea580c' },
    { key: 'draining', label: 'draining', colour: '#94a3b8' },
  ] as const;
  const lines: ChartData['lines'] = [];
  for (const p of phases) {
    const values = series.map((r) => r.nodes[id]?.instances?.[p.key] ?? 0);
    if (p.key === 'live' || values.some((v) => v > 0))
      lines.push({ label: p.label, colour: p.colour, values });
  }
  return { x, lines };
}
