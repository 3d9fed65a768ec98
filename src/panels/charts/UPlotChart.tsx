import { useEffect, useRef } from 'react';
import type uPlot from 'uplot';
import { axisSize } from './axisSize';
import type { ChartData } from './chartData';
import { useUPlot } from './useUPlot';

export interface UPlotChartProps {
  title: string;
  data: ChartData;
  /** Fault windows in simulated seconds, shaded behind the lines. */
  windows: [number, number][];
  height?: number;
}

/** Shades fault windows in the plotting area before the lines are drawn. */
function shadeWindows(getWindows: () => [number, number][]) {
  return (u: uPlot) => {
    const { ctx, bbox } = u;
    ctx.save();
    ctx.fillStyle = 'rgba(220, 38, 38, 0.12)';
    for (const [from, to] of getWindows()) {
      const x0 = u.valToPos(from, 'x', true);
      const x1 = u.valToPos(to, 'x', true);
      const left = Math.max(bbox.left, Math.min(x0, x1));
      const right = Math.min(bbox.left + bbox.width, Math.max(x0, x1));
      if (right > left) ctx.fillRect(left, bbox.top, right - left, bbox.height);
    }
    ctx.restore();
  };
}

/**
 * One uPlot line chart over simulated time. The chart is built once per set of lines and
 * then only fed new data (uPlot redraws a canvas; React does not re-render per point).
 * The canvas is described in words by the figure's caption and the latest values.
 */
export function UPlotChart({ title, data, windows, height = 120 }: UPlotChartProps) {
  const hostRef = useRef<HTMLDivElement>(null);
  const chartRef = useRef<uPlot | null>(null);
  const windowsRef = useRef(windows);
  windowsRef.current = windows;
  const ready = useUPlot();
  const shape = data.lines.map((l) => l.label).join('|');

  // (Re)build when the set of lines changes; data updates go through setData below.
  useEffect(() => {
    const host = hostRef.current;
    if (!ready || !host) return;
    const chart = new ready(
      {
        width: Math.max(200, host.clientWidth),
        height,
        legend: { show: true, live: false },
        cursor: { show: true },
        scales: { x: { time: false } },
        axes: [
          { size: 30 },
          {
            // As wide as the labels need ("2,000"), measured in the axis's own font.
            size: (u: uPlot, values: string[] | null, axisIdx: number) => {
              const font = (u.axes[axisIdx] as { font?: string | [string] }).font;
              u.ctx.font = Array.isArray(font) ? font[0] : (font ?? u.ctx.font);
              const ratio = window.devicePixelRatio || 1;
              return axisSize(values, (text) => u.ctx.measureText(text).width / ratio);
            },
          },
        ],
        series: [{}, ...data.lines.map((l) => ({ label: l.label, stroke: l.colour, width: 1.5 }))],
        hooks: { drawClear: [shadeWindows(() => windowsRef.current)] },
      },
      [data.x, ...data.lines.map((l) => l.values)],
      host,
    );
    chartRef.current = chart;
    const resize = new ResizeObserver(() =>
      chart.setSize({ width: Math.max(200, host.clientWidth), height }),
    );
    resize.observe(host);
    return () => {
      resize.disconnect();
      chart.destroy();
      chartRef.current = null;
    };
  }, [ready, shape, height]);

  useEffect(() => {
    chartRef.current?.setData([data.x, ...data.lines.map((l) => l.values)]);
  }, [data]);

  const latest = data.lines
    .map((l) => {
      const v = l.values.at(-1);
      return `${l.label} ${v === null || v === undefined ? 'none' : Math.round(v)}`;
    })
    .join(', ');
  return (
    <figure className="run-chart">
      <figcaption>{title}</figcaption>
      <div
        ref={hostRef}
        className="run-chart-plot"
        role="img"
        aria-label={`${title}: ${latest || 'no data yet'}`}
      />
    </figure>
  );
}
