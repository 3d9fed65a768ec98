import { useEffect, useMemo, useRef, useState } from 'react';
import { namesOf } from '../../model/names';
import { formatSeconds } from '../../run/formatTime';
import { usePlayback } from '../../run/playbackView';
import type { RunController } from '../../run/runController';
import { useDocumentStore } from '../../store/documentStore';
import { useRunStore } from '../../store/runHooks';
import {
  CLOCK_INTERVAL_MS,
  reachedTimeMs,
  shownTimeMs,
  useThrottledRunValue,
} from '../../store/useThrottledRunValue';

/**
 * The timeline under the canvas: current time, fault windows, lesson markers, and a
 * scrubber (a native range input, keyboard-operable) that goes to any time of the run:
 * back to a time already reached (the worker restores a checkpoint and replays, so the view
 * at t is the same), or forward, running up to that moment.
 */
export function Timeline({ controller }: { controller: RunController }) {
  // To the scrubber's step (100 ms), at most CLOCK_INTERVAL_MS apart while playing.
  const tMs = useThrottledRunValue(shownTimeMs, CLOCK_INTERVAL_MS);
  const reachedMs = useThrottledRunValue(reachedTimeMs, CLOCK_INTERVAL_MS);
  const endMs = useRunStore((s) => s.progress.endMs);
  const runFaults = useRunStore((s) => s.faults);
  const docFaults = useDocumentStore((s) => s.doc.scenario.faults);
  const lesson = useDocumentStore((s) => s.doc.lesson);
  const nodes = useDocumentStore((s) => s.doc.nodes);
  const edges = useDocumentStore((s) => s.doc.edges);
  const nameOf = useMemo(() => namesOf({ nodes, edges }), [nodes, edges]);
  const durationMs = useDocumentStore((s) => s.doc.scenario.durationS * 1000);
  const state = usePlayback(controller, (s) => s.value as string);
  const total = endMs || durationMs;
  const faults = state === 'idle' ? docFaults : runFaults.length ? runFaults : docFaults;
  // The time asked for, shown until the worker answers (React would otherwise put the old
  // value back right after the event, and a following change event would seek there).
  const [pending, setPending] = useState<number | null>(null);
  // The same request from both events of one gesture is sent once.
  const asked = useRef<number | null>(null);
  // Any new time from the worker ends the wait.
  useEffect(() => {
    asked.current = null;
    setPending(null);
  }, [tMs]);
  const seek = (value: number) => {
    // A time not reached yet is run up to (the worker computes it), then shown paused.
    const t = Math.max(0, Math.min(value, total));
    if (t === asked.current) return;
    asked.current = t;
    setPending(t);
    controller.send({ type: 'SEEK', tMs: t });
  };
  const pct = (ms: number) => `${Math.max(0, Math.min(100, (ms / total) * 100))}%`;

  return (
    <div className="timeline">
      <div className="timeline-track" aria-hidden="true">
        {/* Scaled, not sized: it grows five times a second while playing, and a transform needs no layout. */}
        <div
          className="timeline-reached"
          style={{ transform: `scaleX(${Math.max(0, Math.min(1, reachedMs / total))})` }}
        />
        {faults.map((f) => (
          <div
            key={f.id}
            className="timeline-fault"
            title={`${f.kind} on ${nameOf(f.target)}`}
            style={{ left: pct(f.startS * 1000), width: pct(f.durationS * 1000) }}
          />
        ))}
        {lesson.map((step) =>
          step.atS === undefined ? null : (
            <div
              key={`${step.atS}-${step.caption}`}
              className="timeline-lesson"
              title={step.caption}
              style={{ left: pct(step.atS * 1000) }}
            />
          ),
        )}
      </div>
      <input
        type="range"
        aria-label="Timeline"
        min={0}
        max={total}
        step={100}
        value={Math.min(pending ?? tMs, total)}
        aria-valuetext={`${formatSeconds(tMs)} of ${formatSeconds(total)}`}
        // Both events: React's onChange skips values set by script (automation, some assistive
        // tools), the native input event does not. The same time twice is sent once.
        onChange={(e) => seek(Number(e.currentTarget.value))}
        onInput={(e) => seek(Number(e.currentTarget.value))}
      />
      <span className="timeline-time">{formatSeconds(tMs)}</span>
      <ul className="timeline-faults-list sr-only">
        {faults.map((f) => (
          <li key={f.id}>
            {f.kind} on {nameOf(f.target)} from {f.startS} s for {f.durationS} s
          </li>
        ))}
      </ul>
    </div>
  );
}
