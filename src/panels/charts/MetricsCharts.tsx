import { useMemo } from 'react';
import type { DiagramNode } from '../../model/nodes';
import type { SeriesRow } from '../../sim/report';
import { useDocumentStore } from '../../store/documentStore';
import { useRunStore } from '../../store/runHooks';
import { useSelectionStore } from '../../store/selectionStore';
import { cacheHitRatio } from './cacheChart';
import { clientLatency, clientOutcomes, faultWindows, nodeMetric, queueDepth } from './chartData';
import { nodeInstances } from './instanceChart';
import { UPlotChart } from './UPlotChart';
import { useAfterPaint } from './useAfterPaint';
import { useChartSeries } from './useChartSeries';

/**
 * The run's metrics over simulated time, from the engine's per-second series: client
 * outcomes by cause, latency, per-node throughput and utilisation, queue depth, cache hit
 * ratio, with fault
 * windows shaded — and the selected node's own charts.
 */
export function MetricsCharts() {
  const series = useChartSeries();
  const faults = useRunStore((s) => s.faults);
  const nodes = useDocumentStore((s) => s.doc.nodes);
  const windows = useMemo(() => faultWindows(faults), [faults]);
  // nodeMetric and queueDepth draw at most MAX_LINES lines: the busiest, and the others' mean.
  const workers = useMemo(
    () => nodes.filter((n) => n.kind === 'service' || n.kind === 'database').map((n) => n.id),
    [nodes],
  );
  const queues = useMemo(() => nodes.filter((n) => n.kind === 'queue').map((n) => n.id), [nodes]);
  const caches = useMemo(() => nodes.filter((n) => n.kind === 'cache').map((n) => n.id), [nodes]);
  const nameOf = useMemo(() => {
    const labels = new Map(nodes.map((n) => [n.id, n.label || n.id]));
    return (id: string) => labels.get(id) ?? id;
  }, [nodes]);

  const outcomes = useMemo(() => clientOutcomes(series), [series]);
  const latency = useMemo(() => clientLatency(series, nameOf), [series, nameOf]);
  const throughput = useMemo(() => nodeMetric(series, workers, 'ok', nameOf), [series, workers, nameOf]);
  const utilisation = useMemo(
    () => nodeMetric(series, workers, 'utilization', nameOf),
    [series, workers, nameOf],
  );
  const depth = useMemo(() => queueDepth(series, queues, nameOf), [series, queues, nameOf]);
  const hits = useMemo(() => cacheHitRatio(series, caches, nameOf), [series, caches, nameOf]);

  return (
    <section className="metrics-charts" aria-labelledby="metrics-title">
      <h2 id="metrics-title">Metrics</h2>
      <SelectedNodeCharts series={series} nodes={nodes} nameOf={nameOf} windows={windows} />
      <UPlotChart title="Client requests per second" data={outcomes} windows={windows} />
      <UPlotChart title="Client latency" data={latency} windows={windows} />
      {workers.length ? <UPlotChart title="Throughput per node" data={throughput} windows={windows} /> : null}
      {workers.length ? <UPlotChart title="Worker utilisation" data={utilisation} windows={windows} /> : null}
      {queues.length ? <UPlotChart title="Queue depth" data={depth} windows={windows} /> : null}
      {caches.length ? <UPlotChart title="Cache hit ratio" data={hits} windows={windows} /> : null}
    </section>
  );
}

/**
 * The selected node's own charts. The only part of the charts that reads the selection: a
 * click on a node renders this alone (and shows the same charts until the inspector's frame
 * is painted), not every chart of the run.
 */
function SelectedNodeCharts({
  series,
  nodes,
  nameOf,
  windows,
}: {
  series: SeriesRow[];
  nodes: readonly DiagramNode[];
  nameOf: (id: string) => string;
  windows: ReturnType<typeof faultWindows>;
}) {
  // A click on a node shows in the inspector first; the node's own charts (three new uPlot
  // charts) follow once that frame is painted.
  const selected = useAfterPaint(useSelectionStore((s) => s.nodeIds[0]));
  const selectedNode = nodes.find((n) => n.id === selected);
  const own = useMemo(() => {
    if (!selectedNode) return null;
    if (selectedNode.kind === 'queue')
      return [
        { title: `${nameOf(selectedNode.id)}: depth`, data: queueDepth(series, [selectedNode.id], nameOf) },
      ];
    if (selectedNode.kind === 'client') return null;
    if (selectedNode.kind === 'cache')
      return [
        {
          title: `${nameOf(selectedNode.id)}: hit ratio`,
          data: cacheHitRatio(series, [selectedNode.id], nameOf),
        },
        {
          title: `${nameOf(selectedNode.id)}: lookups answered`,
          data: nodeMetric(series, [selectedNode.id], 'ok', nameOf),
        },
      ];
    return [
      {
        title: `${nameOf(selectedNode.id)}: throughput`,
        data: nodeMetric(series, [selectedNode.id], 'ok', nameOf),
      },
      {
        title: `${nameOf(selectedNode.id)}: utilisation`,
        data: nodeMetric(series, [selectedNode.id], 'utilization', nameOf),
      },
      {
        title: `${nameOf(selectedNode.id)}: backlog`,
        data: nodeMetric(series, [selectedNode.id], 'backlog', nameOf),
      },
      ...(selectedNode.kind === 'service' && selectedNode.autoscale.enabled
        ? [{ title: `${nameOf(selectedNode.id)}: instances`, data: nodeInstances(series, selectedNode.id) }]
        : []),
    ];
  }, [series, selectedNode, nameOf]);
  // The same elements while the shown node and its data stay the same: React skips them.
  return useMemo(
    () =>
      own ? (
        <div className="metrics-selected">
          {own.map((c) => (
            <UPlotChart key={c.title} title={c.title} data={c.data} windows={windows} />
          ))}
        </div>
      ) : null,
    [own, windows],
  );
}
