/**
 * What a linked player (`?embed&linked`) tells the page that frames it: where its clock is.
 * Posted only to the player's own origin, so a foreign page never hears it; read back by
 * the compare view through the same kind of strict parser as the player's commands.
 */

/** The player's playback state, as the compare view needs it. */
export type PlayerState = 'idle' | 'running' | 'paused' | 'finished';

export interface PlayerStatus {
  type: 'faultline:status';
  state: PlayerState;
  /** Simulated time reached, ms. */
  tMs: number;
  /** The run's end, ms. */
  endMs: number;
}

const STATES: readonly PlayerState[] = ['idle', 'running', 'paused', 'finished'];
const KEYS = ['type', 'state', 'tMs', 'endMs'];
const MAX_MS = 86_400_000;

function isMs(v: unknown): v is number {
  return typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= MAX_MS;
}

/** The status in `data` (a `message` event's data), or null when it is not exactly one. Never throws. */
export function parsePlayerStatus(data: unknown): PlayerStatus | null {
  try {
    if (typeof data !== 'object' || data === null || Object.getPrototypeOf(data) !== Object.prototype)
      return null;
    const d = data as Record<string, unknown>;
    if (d.type !== 'faultline:status') return null;
    if (Object.keys(d).length !== KEYS.length || !KEYS.every((k) => Object.hasOwn(d, k))) return null;
    const state = STATES.find((s) => s === d.state);
    if (state === undefined || !isMs(d.tMs) || !isMs(d.endMs)) return null;
    return { type: 'faultline:status', state, tMs: d.tMs, endMs: d.endMs };
  } catch {
    return null;
  }
}

/** The machine's state value as a player state (anything unknown reads as paused). */
export function playerState(value: string): PlayerState {
  return STATES.find((s) => s === value) ?? 'paused';
}

/**
 * Tells the framing page where this player's clock is, if the page is of the same origin
 * (postMessage drops it otherwise). No-op when not framed.
 */
export function postPlayerStatus(status: Omit<PlayerStatus, 'type'>): void {
  if (window.parent === window) return;
  window.parent.postMessage({ type: 'faultline:status', ...status }, window.location.origin);
}
