import type uPlot from 'uplot';

type UPlotClass = typeof uPlot;
let loading: Promise<UPlotClass> | null = null;

/** uPlot and its stylesheet, fetched when the first seeds or sweep chart is shown. */
export function loadUPlot(): Promise<UPlotClass> {
  if (!loading) {
    loading = Promise.all([import('uplot'), import('uplot/dist/uPlot.min.css')]).then(
      // The ES build has a default export; its typings say `export =`.
      ([m]) => (m as unknown as { default?: UPlotClass }).default ?? (m as unknown as UPlotClass),
    );
  }
  return loading;
}
