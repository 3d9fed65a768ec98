import { useEffect, useRef } from 'react';
import type uPlot from 'uplot';
import { useUPlot } from '../../panels/charts/useUPlot';
import type { BandColumns } from './seedSpread';

export interface BandChartProps {
  title: string;
  /** What the y values are in, for the description ("%", "ms"). */
  unit: string;
  band: BandColumns;
  colour: string;
  runs: number;
  /** The x axis's name, for the description ("s", "retries"). */
  xLabel?: string;
  /** An x value to mark with a vertical line (a sweep's tipping point). */
  mark?: number | null;
  /** The mark in words, for the description. */
  markLabel?: string;
  /** Called with the index of the x value nearest a click. */
  onPick?: (index: number) => void;
  height?: number;
}

const round = (v: number | null | undefined, unit: string) =>
  v === null || v === undefined ? 'none' : `${v.toFixed(unit === '%' ? 1 : 0)} ${unit}`;

/** A sentence for screen readers and tests: the last measured point's median and bands. */
export function describeBand(
  props: Pick<BandChartProps, 'title' | 'unit' | 'band' | 'runs' | 'xLabel' | 'markLabel'>,
): string {
  const { band, unit } = props;
  let i = band.median.length - 1;
  while (i > 0 && band.median[i] === null) i--;
  if (i < 0 || band.median[i] === null) return `${props.title}: no data`;
  return `${props.title} across ${props.runs} runs at ${band.x[i]}${props.xLabel ? ` ${props.xLabel}` : ''}: median ${round(band.median[i], unit)}, p10–p90 band ${round(band.p10[i], unit)} to ${round(band.p90[i], unit)}, min–max band ${round(band.min[i], unit)} to ${round(band.max[i], unit)}${props.markLabel ? `; ${props.markLabel}` : ''}`;
}

/** Draws a vertical dashed line at the marked x value. */
function drawMark(getMark: () => number | null | undefined) {
  return (u: uPlot) => {
    const mark = getMark();
    if (mark === null || mark === undefined) return;
    const x = u.valToPos(mark, 'x', true);
    const { ctx, bbox } = u;
    ctx.save();
    ctx.strokeStyle = '#dc2626';
    ctx.setLineDash([6, 4]);
    ctx.lineWidth = 2;
    ctx.beginPath();
    ctx.moveTo(x, bbox.top);
    ctx.lineTo(x, bbox.top + bbox.height);
    ctx.stroke();
    ctx.restore();
  };
}

/**
 * A median line with two shaded bands around it: p10–p90 (darker) and min–max (lighter),
 * across many runs. uPlot fills between a band's upper and lower series; those series are
 * drawn without a stroke.
 */
export function BandChart(props: BandChartProps) {
  const { title, band, colour, height = 140 } = props;
  const hostRef = useRef<HTMLDivElement>(null);
  const ready = useUPlot();
  const markRef = useRef(props.mark);
  markRef.current = props.mark;
  const chartRef = useRef<uPlot | null>(null);
  const pickRef = useRef(props.onPick);
  pickRef.current = props.onPick;

  useEffect(() => {
    const host = hostRef.current;
    if (!ready || !host) return;
    const edge = { stroke: 'transparent', width: 0, points: { show: false } };
    const chart = new ready(
      {
        width: Math.max(240, host.clientWidth),
        height,
        // The bands' edges are series without a line: a key in words says what is what instead.
        legend: { show: false },
        cursor: { show: true, drag: { x: false, y: false } },
        scales: { x: { time: false } },
        series: [
          {},
          { label: 'min', ...edge },
          { label: 'p10', ...edge },
          { label: 'median', stroke: colour, width: 2 },
          { label: 'p90', ...edge },
          { label: 'max', ...edge },
        ],
        bands: [
          { series: [5, 1], fill: `${colour}22` },
          { series: [4, 2], fill: `${colour}55` },
        ],
        hooks: { draw: [drawMark(() => markRef.current)] },
      },
      [band.x, band.min, band.p10, band.median, band.p90, band.max] as uPlot.AlignedData,
      host,
    );
    // The point nearest the click, from where it landed (the cursor may not have caught up).
    const onClick = (e: MouseEvent) => {
      const left = e.clientX - chart.over.getBoundingClientRect().left;
      const idx = chart.posToIdx(left);
      if (idx >= 0 && idx < band.x.length) pickRef.current?.(idx);
    };
    chart.over.addEventListener('click', onClick);
    chartRef.current = chart;
    const resize = new ResizeObserver(() =>
      chart.setSize({ width: Math.max(240, host.clientWidth), height }),
    );
    resize.observe(host);
    return () => {
      resize.disconnect();
      chart.over.removeEventListener('click', onClick);
      chart.destroy();
      chartRef.current = null;
    };
  }, [ready, band, colour, height]);

  // A new mark only needs a redraw (the hook reads it from markRef).
  useEffect(() => {
    chartRef.current?.redraw(false);
  }, [props.mark]);

  return (
    <figure className="seeds-chart" data-testid="band-chart">
      <figcaption>{title}</figcaption>
      <div ref={hostRef} className="seeds-chart__plot" role="img" aria-label={describeBand(props)} />
      <p className="seeds-chart__key" aria-hidden="true">
        <span style={{ borderColor: colour }} className="seeds-key seeds-key--line" /> median{' '}
        <span style={{ background: `${colour}55` }} className="seeds-key" /> p10–p90{' '}
        <span style={{ background: `${colour}22` }} className="seeds-key" /> min–max
      </p>
    </figure>
  );
}
