import type { Report } from '../../sim/report';

/**
 * "1,025 instance-seconds (api 425, worker 600)": what the services' instances cost, for a
 * run where some service autoscales; null otherwise (the report then has no such figure).
 */
export function instanceSecondsText(report: Report, label: (id: string) => string): string | null {
  if (report.instanceSeconds === undefined) return null;
  const round = (v: number) => Math.round(v).toLocaleString('en');
  const parts = Object.entries(report.nodes)
    .filter(([, n]) => n.instanceSeconds !== undefined)
    .map(([id, n]) => {
      const a = n.autoscale;
      const peak = a ? `, peak ${a.peakInstances}` : '';
      return `${label(id)} ${round(n.instanceSeconds ?? 0)}${peak}`;
    });
  return `${round(report.instanceSeconds)} instance-seconds (${parts.join('; ')})`;
}
