import { lazy, Suspense, useEffect, useState } from 'react';
import type { FaultlineDocument } from '../../model';
import { formatSeconds } from '../../run/formatTime';
import type { RunController } from '../../run/runController';
import { useRunStore } from '../../store/runHooks';
import { useSelectionStore } from '../../store/selectionStore';
import { CLOCK_INTERVAL_MS, shownTimeMs, useThrottledRunValue } from '../../store/useThrottledRunValue';
import { SpeedSelect } from '../run/SpeedSelect';
import { EmbedCanvas } from './EmbedCanvas';
import { lessonStepAt } from './lessonCaption';
import { NodeNumbers } from './NodeNumbers';
import { type PlayerCommand, parsePlayerCommand } from './playerCommand';
import { playerState, postPlayerStatus } from './playerStatus';
import './embed.css';
import { usePlayback } from '../../run/playbackView';

export interface EmbedPlayerProps {
  doc: FaultlineDocument;
  /** Started by the route (startEmbed.ts), which also sends the opening step and autoplay. */
  controller: RunController;
  /** The same document in the full editor (no `?embed`). */
  openUrl: string;
  colorMode: 'light' | 'dark';
  /** `?linked`: one side of a comparison; the framing page drives the clock. */
  linked?: boolean;
  /**
   * The player a shared link opens on a phone: the editor for the same document behind an
   * "Edit" button, the diagram upright, a tapped node's numbers, the charts below.
   */
  editUrl?: string;
}

// Only the phone's player shows charts: fetched (with uPlot) when it first renders.
const MetricsCharts = lazy(() =>
  import('../../panels/charts/MetricsCharts').then((m) => ({ default: m.MetricsCharts })),
);

/** Simulated time one press of Step (or a step command without `ms`) advances. */
const STEP_MS = 1000;

function applyCommand(controller: RunController, command: PlayerCommand): void {
  switch (command.type) {
    case 'faultline:play':
      controller.send({ type: 'PLAY' });
      return;
    case 'faultline:pause':
      controller.send({ type: 'PAUSE' });
      return;
    case 'faultline:step':
      controller.send({ type: 'STEP', ms: command.ms });
      return;
    case 'faultline:seek':
      controller.send({ type: 'SEEK', tMs: command.tMs });
      return;
    case 'faultline:speed':
      controller.send({ type: 'SPEED', speed: command.speed });
      return;
  }
}

/**
 * The read-only player for iframes (`?embed`): the diagram with its moving messages, play /
 * pause / step / scrub / speed, and a link to open it in Faultline. It never touches the
 * host's storage; the host may drive it only with the closed set of player commands.
 */
export function EmbedPlayer({
  doc,
  controller,
  openUrl,
  colorMode,
  linked = false,
  editUrl,
}: EmbedPlayerProps) {
  const phone = editUrl !== undefined;
  const [tapped, setTapped] = useState<string | null>(null);
  // The selection also picks the node's own charts below.
  const tap = (id: string | null) => {
    setTapped(id);
    useSelectionStore.getState().select(id ? [id] : [], []);
  };
  const state = usePlayback(controller, (s) => s.value as string);
  const speed = usePlayback(controller, (s) => s.context.speed);
  const error = usePlayback(controller, (s) => s.context.error);
  const tMs = useThrottledRunValue(shownTimeMs, CLOCK_INTERVAL_MS);
  const endMs = useRunStore((s) => s.progress.endMs);
  const report = useRunStore((s) => s.report);
  const [scrubMs, setScrubMs] = useState<number | null>(null);
  const running = state === 'running';

  useEffect(() => {
    const onMessage = (event: MessageEvent) => {
      const command = parsePlayerCommand(event.data);
      if (command) applyCommand(controller, command);
    };
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, [controller]);

  useEffect(() => {
    if (linked) postPlayerStatus({ state: playerState(state), tMs, endMs });
  }, [linked, state, tMs, endMs]);

  const stepIndex = lessonStepAt(doc.lesson, tMs);

  const failures = report ? Object.values(report.clients).reduce((n, c) => n + c.failed, 0) : null;

  return (
    <div className={`fl-embed${phone ? ' fl-embed--phone' : ''}`} data-theme-embed={colorMode}>
      <header className="fl-embed__header">
        <span className="fl-embed__title" title={doc.title}>
          {doc.title}
        </span>
        {phone ? (
          <a className="fl-embed__edit" href={editUrl}>
            Edit
          </a>
        ) : (
          <a className="fl-embed__open" href={openUrl} target="_blank" rel="noopener noreferrer">
            Open in Faultline
          </a>
        )}
      </header>
      {stepIndex !== null && (
        <p className="fl-embed__caption" aria-live="polite" data-testid="embed-caption">
          {doc.lesson[stepIndex].caption}
        </p>
      )}
      <EmbedCanvas colorMode={colorMode} upright={phone} onNodeTap={phone ? tap : undefined}>
        {tapped ? <NodeNumbers id={tapped} onClose={() => tap(null)} /> : null}
      </EmbedCanvas>
      <div className="fl-embed__controls" role="toolbar" aria-label="Player controls">
        {!linked && (
          <>
            <button
              type="button"
              className="fl-embed__play"
              aria-label={running ? 'Pause' : 'Play'}
              onClick={() => controller.send({ type: running ? 'PAUSE' : 'PLAY' })}
            >
              {running ? '❚❚' : '▶'}
            </button>
            <button
              type="button"
              aria-label="Step one second"
              disabled={state === 'finished'}
              onClick={() => controller.send({ type: 'STEP', ms: STEP_MS })}
            >
              +1 s
            </button>
            <input
              className="fl-embed__scrub"
              type="range"
              aria-label="Simulated time"
              min={0}
              max={Math.max(endMs, 1)}
              step={100}
              value={scrubMs ?? tMs}
              onChange={(e) => setScrubMs(Number(e.currentTarget.value))}
              onPointerUp={() => {
                if (scrubMs !== null) controller.send({ type: 'SEEK', tMs: scrubMs });
                setScrubMs(null);
              }}
              onKeyUp={() => {
                if (scrubMs !== null) controller.send({ type: 'SEEK', tMs: scrubMs });
                setScrubMs(null);
              }}
            />
          </>
        )}
        <output className="fl-embed__clock" aria-label="Time" data-testid="embed-clock">
          {formatSeconds(scrubMs ?? tMs)} / {formatSeconds(endMs)}
        </output>
        {!linked && (
          <SpeedSelect
            labelled={false}
            value={speed}
            onChange={(s) => controller.send({ type: 'SPEED', speed: s })}
          />
        )}
      </div>
      {(error || failures !== null) && (
        <p className="fl-embed__status" role="status">
          {error ?? `Finished: ${failures} client request${failures === 1 ? '' : 's'} failed.`}
        </p>
      )}
      {phone ? (
        <div className="fl-embed__charts">
          <Suspense fallback={null}>
            <MetricsCharts />
          </Suspense>
        </div>
      ) : null}
    </div>
  );
}
