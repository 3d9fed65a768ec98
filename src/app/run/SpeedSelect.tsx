import { useId } from 'react';
import { type OfferedSpeed, offeredSpeed, PLAYBACK_SPEEDS } from '../../sim/protocol';

export interface SpeedSelectProps {
  value: number;
  onChange: (speed: OfferedSpeed) => void;
  /** Show the word "Speed" beside it (otherwise it is only the accessible name). */
  labelled?: boolean;
}

/** The playback speed picker of the run bar, the embedded player and the compare view. */
export function SpeedSelect({ value, onChange, labelled = true }: SpeedSelectProps) {
  const id = useId();
  const select = (
    <select
      id={id}
      aria-label="Speed"
      value={value}
      onChange={(e) => {
        const speed = offeredSpeed(Number(e.currentTarget.value));
        if (speed !== null) onChange(speed);
      }}
    >
      {PLAYBACK_SPEEDS.map((s) => (
        <option key={s} value={s}>
          {s}×
        </option>
      ))}
    </select>
  );
  if (!labelled) return select;
  // One item in its toolbar, as a label wrapping the select would be.
  return (
    <span>
      <label htmlFor={id}>Speed</label> {select}
    </span>
  );
}
