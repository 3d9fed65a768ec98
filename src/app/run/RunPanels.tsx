import { lazy, Suspense, useEffect, useState } from 'react';
import { useStore } from 'zustand';
import { EventLog } from '../../panels/eventLog/EventLog';
import { faultMenuStore } from '../../panels/faults/faultMenuStore';
import { useFaultMenuTriggers } from '../../panels/faults/faultMenuTriggers';
import { Timeline } from '../../panels/timeline/Timeline';
import { useRunStore } from '../../store/runHooks';
import { runStore } from '../../store/runStore';
import { preloadedLazy } from '../preloadedLazy';
import { useAfterStartup } from '../startup';
import { useFirstUse } from '../useFirstUse';
import { RunBar } from './RunBar';
import { runController } from './sharedRunController';
import './run.css';

// Loaded on first use, not on the first visit (the foundation issue's size budget): the
// fault menu on the first right-click, the fault timeline editor when its section first
// opens, the summary when a run first ends.
const FaultMenu = lazy(() => import('../../panels/faults/FaultMenu').then((m) => ({ default: m.FaultMenu })));
const FaultTimelineEditor = lazy(() =>
  import('../../panels/faults/FaultTimelineEditor').then((m) => ({ default: m.FaultTimelineEditor })),
);
// The charts come in their own chunk after startup (../startup.ts), next to uPlot's (which
// they fetch anyway); their heading holds the place meanwhile.
const MetricsCharts = lazy(() =>
  import('../../panels/charts/MetricsCharts').then((m) => ({ default: m.MetricsCharts })),
);
const summary = preloadedLazy(() => import('../../panels/summary/RunSummary').then((m) => m.RunSummary));
const RunSummary = summary.Component;

/** Follows the system's reduced-motion setting (the run bar's toggle can override it). */
function useSystemReducedMotion(): void {
  useEffect(() => {
    const query = window.matchMedia?.('(prefers-reduced-motion: reduce)');
    if (!query) return;
    runStore.getState().setReducedMotion(query.matches);
    const onChange = () => runStore.getState().setReducedMotion(query.matches);
    query.addEventListener('change', onChange);
    return () => query.removeEventListener('change', onChange);
  }, []);
}

/**
 * The live view's bottom area: run controls, the timeline, metrics, the event log and the
 * fault timeline; plus the fault menu and the end-of-run summary, which float.
 */
export function RunPanels() {
  const controller = runController();
  useSystemReducedMotion();
  useFaultMenuTriggers();
  const faultMenuUsed = useFirstUse(useStore(faultMenuStore, (s) => s.open !== null));
  const summaryUsed = useFirstUse(useRunStore((s) => s.report !== null));
  // Fetched once a run plays, so its end (a run to the end is over in a second) does not
  // wait for the summary's code.
  const playing = useRunStore((s) => s.progress.playing);
  useEffect(() => {
    if (playing) void summary.preload();
  }, [playing]);
  const [faultTimelineOpened, setFaultTimelineOpened] = useState(false);
  const started = useAfterStartup();
  const chartsHeading = (
    <section className="metrics-charts" aria-labelledby="metrics-title">
      <h2 id="metrics-title">Metrics</h2>
    </section>
  );
  return (
    <>
      <div className="run-panels">
        <RunBar controller={controller} />
        <Timeline controller={controller} />
        <div className="run-panels-grid">
          <Suspense fallback={chartsHeading}>{started ? <MetricsCharts /> : chartsHeading}</Suspense>
          <EventLog controller={controller} />
          <details
            className="run-faults"
            onToggle={(e) => e.currentTarget.open && setFaultTimelineOpened(true)}
          >
            <summary>Fault timeline</summary>
            {faultTimelineOpened ? (
              <Suspense fallback={null}>
                <FaultTimelineEditor />
              </Suspense>
            ) : null}
          </details>
        </div>
      </div>
      {/* Outside the contained panel: both float over the page (position: fixed). */}
      <Suspense fallback={null}>{faultMenuUsed ? <FaultMenu controller={controller} /> : null}</Suspense>
      <Suspense fallback={null}>{summaryUsed ? <RunSummary /> : null}</Suspense>
    </>
  );
}
