import { useEffect, useState } from 'react';
import { formatSeconds } from '../../run/formatTime';
import type { OfferedSpeed } from '../../sim/protocol';
import { SpeedSelect } from '../run/SpeedSelect';
import type { LinkedPlayers } from './useLinkedPlayers';

export interface SharedClockBarProps {
  players: LinkedPlayers;
  /** Whole simulated seconds the clock can be set to (the run's duration). */
  durationS: number;
}

/**
 * Play, pause, step, speed and scrub for both players at once: the compare view's one
 * clock. The players carry no controls of their own (`?linked`), so they cannot drift.
 */
export function SharedClockBar({ players, durationS }: SharedClockBarProps) {
  const { clock, send } = players;
  const [speed, setSpeed] = useState<OfferedSpeed>(1);
  const [scrubS, setScrubS] = useState<number | null>(null);
  const clockS = Math.floor(clock.tMs / 1000);
  const maxS = Math.max(1, Math.floor((clock.ready ? clock.endMs : durationS * 1000) / 1000));
  const shownS = scrubS ?? clockS;

  // A scrub is shown at once; the players' clock takes over when they arrive there.
  useEffect(() => {
    if (scrubS !== null && (clockS === scrubS || clock.running)) setScrubS(null);
  }, [scrubS, clockS, clock.running]);

  return (
    <fieldset className="fl-compare__clock">
      <legend>Both players</legend>
      <div className="fl-compare__controls">
        <button
          type="button"
          className="fl-button"
          disabled={!clock.ready || clock.finished}
          onClick={() => {
            if (clock.running) send({ type: 'faultline:pause' });
            else {
              send({ type: 'faultline:speed', speed });
              send({ type: 'faultline:play' });
            }
          }}
        >
          {clock.running ? 'Pause both' : 'Play both'}
        </button>
        <button
          type="button"
          className="fl-button"
          disabled={!clock.ready || clock.finished}
          onClick={() => send({ type: 'faultline:step', ms: 1000 })}
        >
          Step both 1 s
        </button>
        <SpeedSelect
          value={speed}
          onChange={(next) => {
            setSpeed(next);
            send({ type: 'faultline:speed', speed: next });
          }}
        />
        <output data-testid="shared-clock" aria-label="Shared clock">
          {clock.ready ? `${formatSeconds(clock.tMs)} / ${formatSeconds(clock.endMs)}` : 'Loading players…'}
        </output>
      </div>
      <label htmlFor="fl-compare-clock">One clock for both runs: {shownS} s</label>
      <input
        id="fl-compare-clock"
        type="range"
        min={0}
        max={maxS}
        step={1}
        value={Math.min(shownS, maxS)}
        disabled={!clock.ready}
        onChange={(e) => {
          const s = Number(e.currentTarget.value);
          setScrubS(s);
          send({ type: 'faultline:seek', tMs: s * 1000 });
        }}
      />
    </fieldset>
  );
}
