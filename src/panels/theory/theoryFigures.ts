import type { Prediction } from '../../model/theory/predict';
import type { Report } from '../../sim/report';

/** The figures of one node the run measured, beside which theory is shown. */
export interface MeasuredFigures {
  utilisation: number;
  meanWaitMs: number;
  meanTimeMs: number;
  meanInSystem: number;
  loss: number;
}

/**
 * What the run's report measured at node `id` (null before the run ends, or for a node the
 * report has no queueing figures for). Read from fields the report already has.
 */
export function measuredFigures(report: Report | null, id: string): MeasuredFigures | null {
  const n = report?.nodes[id];
  if (!n || n.meanInSystem === undefined || n.meanWaitMs === undefined) return null;
  return {
    utilisation: n.utilization,
    meanWaitMs: n.meanWaitMs,
    meanTimeMs: n.latencyMs.mean,
    meanInSystem: n.meanInSystem,
    loss: n.received > 0 ? n.rejected / n.received : 0,
  };
}

/** One line of the Theory table: a figure, measured (or null) and predicted, in words. */
export interface TheoryRow {
  figure: string;
  measured: string;
  predicted: string;
  difference: string;
}

const percent = (x: number) => `${(x * 100).toFixed(1)} %`;
const ms = (x: number) => `${x.toFixed(1)} ms`;
const count = (x: number) => x.toFixed(2);

/**
 * Measured − predicted, relative to the prediction ("+2.1 %"), or in the figure's own unit
 * when the prediction is 0 (a loss of 0 cannot carry a relative difference).
 */
export function differenceText(measured: number, predicted: number, format: (x: number) => string): string {
  if (predicted === 0) return measured === 0 ? '0' : `+${format(measured)}`;
  const d = ((measured - predicted) / predicted) * 100;
  const sign = d > 0 ? '+' : d < 0 ? '−' : '';
  return `${sign}${Math.abs(d).toFixed(1)} %`;
}

/** The rows of the Theory table: utilisation, mean wait, mean time and number in the node, loss. */
export function theoryRows(predicted: Prediction, measured: MeasuredFigures | null): TheoryRow[] {
  const figures: [string, keyof MeasuredFigures & keyof Prediction, (x: number) => string][] = [
    ['Utilisation', 'utilisation', percent],
    ['Mean wait for a worker', 'meanWaitMs', ms],
    ['Mean time in the node', 'meanTimeMs', ms],
    ['Mean number in the node', 'meanInSystem', count],
    ['Loss (backlog full)', 'loss', percent],
  ];
  return figures.map(([figure, key, format]) => ({
    figure,
    measured: measured ? format(measured[key]) : '–',
    predicted: format(predicted[key]),
    difference: measured ? differenceText(measured[key], predicted[key], format) : '–',
  }));
}
