import type { StoredDocument } from '../../model';
import { DECODE_LIMITS } from '../../model/decode/limits';

/**
 * What the autosave slot holds. The envelope is persistence's own; `doc` is a document
 * without its defaults and goes through the one decoder when read back.
 */
export interface AutosaveEnvelope {
  /** Grows by one with every write, across tabs: the newest write has the highest. */
  revision: number;
  /** Milliseconds since the epoch, for people reading the storage; not used for ordering. */
  savedAt: number;
  /** Which page load wrote it, so a tab recognises its own writes. */
  tabId: string;
  doc: StoredDocument;
}

/**
 * Which write a slot holds: its revision and the page load that wrote it. Two tabs that
 * write at the same moment both write revision n + 1, so the revision alone cannot tell
 * their writes apart; the pair can.
 */
export interface WriteMark {
  revision: number;
  tabId: string;
}

/** Whether two marks name the same write. */
export function sameWrite(a: WriteMark, b: WriteMark): boolean {
  return a.revision === b.revision && a.tabId === b.tabId;
}

/** A stored value read back: an envelope (doc not yet decoded), or why it is not one. */
export type EnvelopeReading =
  | { ok: true; revision: number; savedAt: number; tabId: string; doc: unknown }
  | { ok: false; message: string };

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * Reads the autosave slot's raw text. A bare document (an older build stored the document
 * itself) reads as revision 0. Never throws.
 */
export function readEnvelope(raw: string): EnvelopeReading {
  if (raw.length > DECODE_LIMITS.fileBytes)
    return { ok: false, message: 'The saved data is larger than 5 MB.' };
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch (e) {
    return {
      ok: false,
      message: `The saved data is not valid JSON (${e instanceof Error ? e.message : String(e)}).`,
    };
  }
  if (!isRecord(value)) return { ok: false, message: 'The saved data is not a Faultline autosave.' };
  if (!Object.hasOwn(value, 'doc') && Object.hasOwn(value, 'version')) {
    return { ok: true, revision: 0, savedAt: 0, tabId: '', doc: value };
  }
  const { revision, savedAt, tabId } = value;
  if (
    !Object.hasOwn(value, 'doc') ||
    typeof revision !== 'number' ||
    !Number.isSafeInteger(revision) ||
    revision < 0 ||
    typeof tabId !== 'string' ||
    tabId.length > 100
  ) {
    return {
      ok: false,
      message: 'The saved data is not a Faultline autosave (its envelope is not recognised).',
    };
  }
  return {
    ok: true,
    revision,
    savedAt: typeof savedAt === 'number' && Number.isFinite(savedAt) ? savedAt : 0,
    tabId,
    doc: value.doc,
  };
}

/** The text written to the autosave slot. */
export function writeEnvelope(envelope: AutosaveEnvelope): string {
  return JSON.stringify(envelope);
}
