import { useEffect } from 'react';
import { MetricsCharts } from '../../panels/charts/MetricsCharts';
import { EventLog } from '../../panels/eventLog/EventLog';
import { FaultMenu } from '../../panels/faults/FaultMenu';
import { FaultTimelineEditor } from '../../panels/faults/FaultTimelineEditor';
import { RunSummary } from '../../panels/summary/RunSummary';
import { Timeline } from '../../panels/timeline/Timeline';
import { runStore } from '../../store/runStore';
import { RunBar } from './RunBar';
import { runController } from './runController';
import './run.css';

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
  return (
    <>
      <div className="run-panels">
        <RunBar controller={controller} />
        <Timeline controller={controller} />
        <div className="run-panels-grid">
          <MetricsCharts />
          <EventLog controller={controller} />
          <details className="run-faults">
            <summary>Fault timeline</summary>
            <FaultTimelineEditor />
          </details>
        </div>
      </div>
      {/* Outside the contained panel: both float over the page (position: fixed). */}
      <FaultMenu controller={controller} />
      <RunSummary />
    </>
  );
}
