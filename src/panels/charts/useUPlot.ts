import { useEffect, useState } from 'react';
import type uPlot from 'uplot';

/** uPlot's chart class. */
export type UPlotClass = typeof uPlot;

let loading: Promise<UPlotClass> | null = null;

/** uPlot and its stylesheet, fetched the first time a chart is shown (not in the first load). */
function loadUPlot(): Promise<UPlotClass> {
  loading ??= Promise.all([import('uplot'), import('uplot/dist/uPlot.min.css')]).then(
    // The ES build has a default export; its typings say `export =`.
    ([m]) => (m as unknown as { default?: UPlotClass }).default ?? (m as unknown as UPlotClass),
  );
  return loading;
}

/** uPlot's class once it is loaded (null until then); every chart shares the one fetch. */
export function useUPlot(): UPlotClass | null {
  const [ready, setReady] = useState<UPlotClass | null>(null);
  useEffect(() => {
    let live = true;
    loadUPlot().then((m) => live && setReady(() => m));
    return () => {
      live = false;
    };
  }, []);
  return ready;
}
