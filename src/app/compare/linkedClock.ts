import type { PlayerState, PlayerStatus } from '../embed/playerStatus';

/** One clock for both sides of a comparison, from what each linked player last said. */
export interface SharedClock {
  /** Both players have said where they are. */
  ready: boolean;
  /** The time both have reached (the side behind), ms. */
  tMs: number;
  endMs: number;
  /** Either side is playing. */
  running: boolean;
  /** Both sides have played to the end. */
  finished: boolean;
  /** Both sides are at rest, but not at the same time (a pause lands each where it was). */
  apart: boolean;
}

const atRest = (s: PlayerState) => s !== 'running';

/**
 * The shared clock of two linked players: the time shown is the one both have reached, so
 * neither side is ever described ahead of what it has actually played.
 */
export function sharedClock(sides: readonly (PlayerStatus | null)[]): SharedClock {
  const known = sides.filter((s): s is PlayerStatus => s !== null);
  if (known.length < sides.length || known.length === 0)
    return { ready: false, tMs: 0, endMs: 0, running: false, finished: false, apart: false };
  const times = known.map((s) => s.tMs);
  return {
    ready: true,
    tMs: Math.min(...times),
    endMs: Math.max(...known.map((s) => s.endMs)),
    running: known.some((s) => s.state === 'running'),
    finished: known.every((s) => s.state === 'finished'),
    apart: known.every((s) => atRest(s.state)) && Math.max(...times) !== Math.min(...times),
  };
}
