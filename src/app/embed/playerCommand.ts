import { type OfferedSpeed, offeredSpeed } from '../../sim/protocol';

/**
 * The closed set of commands a page may post to an embedded player. Everything else —
 * other shapes, extra keys, other types, strings, prototypes — is ignored: a host page
 * cannot reach anything else through the frame (docs/embedding.md).
 */
export type PlayerCommand =
  | { type: 'faultline:play' }
  | { type: 'faultline:pause' }
  /** Advance by `ms` of simulated time (default one second). */
  | { type: 'faultline:step'; ms: number }
  /** Show the run at `tMs`. */
  | { type: 'faultline:seek'; tMs: number }
  /** Play at one of the player's speeds. */
  | { type: 'faultline:speed'; speed: OfferedSpeed };

/** Longest step or latest seek accepted: a day of simulated time (the longest run). */
const MAX_MS = 86_400_000;
const DEFAULT_STEP_MS = 1000;

function isPlainRecord(v: unknown): v is Record<string, unknown> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}

function msIn(v: unknown, min: number): number | null {
  return typeof v === 'number' && Number.isFinite(v) && v >= min && v <= MAX_MS ? v : null;
}

function onlyKeys(data: Record<string, unknown>, allowed: readonly string[]): boolean {
  return (
    Object.keys(data).every((k) => allowed.includes(k)) && Object.getOwnPropertySymbols(data).length === 0
  );
}

/** The command in `data` (a `message` event's data), or null when it is not exactly one of ours. Never throws. */
export function parsePlayerCommand(data: unknown): PlayerCommand | null {
  try {
    if (!isPlainRecord(data)) return null;
    switch (data.type) {
      case 'faultline:play':
      case 'faultline:pause':
        return onlyKeys(data, ['type']) ? { type: data.type } : null;
      case 'faultline:step': {
        if (!onlyKeys(data, ['type', 'ms'])) return null;
        if (!Object.hasOwn(data, 'ms')) return { type: 'faultline:step', ms: DEFAULT_STEP_MS };
        const ms = msIn(data.ms, 1);
        return ms === null ? null : { type: 'faultline:step', ms };
      }
      case 'faultline:seek': {
        if (!onlyKeys(data, ['type', 'tMs'])) return null;
        const tMs = msIn(data.tMs, 0);
        return tMs === null ? null : { type: 'faultline:seek', tMs };
      }
      case 'faultline:speed': {
        if (!onlyKeys(data, ['type', 'speed'])) return null;
        const speed = offeredSpeed(data.speed);
        return speed === null ? null : { type: 'faultline:speed', speed };
      }
      default:
        return null;
    }
  } catch {
    // A Proxy or a getter that throws: not a command.
    return null;
  }
}
