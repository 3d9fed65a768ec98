import type { FaultlineDocument } from '../../model';
import { spliceSeries } from '../../sim/protocol';
import type { Report, SeriesRow } from '../../sim/report';
import { createSimulationClient, type SimulationClient } from '../../worker/simulationClient';

/** Where one side of a comparison is. */
export type SideRun =
  | { state: 'running'; fraction: number }
  | { state: 'done'; report: Report }
  | { state: 'failed'; message: string };

/**
 * Runs `doc` to its end as fast as possible in its own Web Worker (the live view's worker
 * and protocol), reporting progress and then the final report. Returns a function that
 * stops the worker. `createWorker` is for tests.
 */
export function runToEnd(
  doc: FaultlineDocument,
  onUpdate: (run: SideRun) => void,
  createWorker?: () => Worker,
): () => void {
  let done = false;
  /** The series arrives with the metrics messages; the final report comes without it. */
  let series: SeriesRow[] = [];
  let client: SimulationClient | null = null;
  client = createSimulationClient({
    createWorker,
    onMessage: (message) => {
      if (done) return;
      if (message.type === 'finished') {
        done = true;
        onUpdate({ state: 'done', report: { ...message.report, series } });
        client?.dispose();
      } else if (message.type === 'error') {
        done = true;
        onUpdate({ state: 'failed', message: message.message });
        client?.dispose();
      } else if (message.type === 'metrics' || message.type === 'frame') {
        if (message.type === 'metrics')
          series = spliceSeries(series, message.seriesFrom, message.series, message.thin);
        const { tMs, endMs } = message.progress;
        onUpdate({ state: 'running', fraction: endMs > 0 ? Math.min(1, tMs / endMs) : 0 });
      }
    },
    onFailure: (message) => {
      if (done) return;
      done = true;
      onUpdate({ state: 'failed', message });
    },
  });
  client.load(doc);
  client.setSpeed('end');
  client.play();
  onUpdate({ state: 'running', fraction: 0 });
  return () => {
    done = true;
    client?.dispose();
  };
}
