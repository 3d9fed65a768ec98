import type { FaultlineDocument } from '../schema';
import { decode } from './decode';
import type { DecodeErrorCode } from './decodeErrors';
import { DECODE_LIMITS } from './limits';

/** Which document of a comparison link. */
export type CompareSide = 'left' | 'right';

/** Both documents of a comparison link, each accepted by the one decoder. */
export interface CompareLinkSuccess {
  ok: true;
  left: FaultlineDocument;
  right: FaultlineDocument;
  /** The decoder's warnings for either side, each naming its side. */
  warnings: string[];
}

/** A comparison link that cannot be opened, with the side at fault when one is. */
export interface CompareLinkFailure {
  ok: false;
  /** The side that failed; null when the link as a whole is not a comparison link. */
  side: CompareSide | null;
  /** The decoder's code for that side, or 'not-a-link' for the link as a whole. */
  error: DecodeErrorCode;
  /** Words for a person, naming the side. */
  message: string;
}
export type CompareLinkResult = CompareLinkSuccess | CompareLinkFailure;

// Strict: "d=" then "b=", one "&" between, and neither part may contain another "&". The
// keys are read in either case, as a single link's key is (src/model/decode/decode.ts).
const COMPARE_ENVELOPE = /^[dD]=([^&]*)&[bB]=([^&]*)$/s;

const SIDE_NAME: Record<CompareSide, string> = {
  left: 'The left diagram (the first in the link)',
  right: 'The right diagram (the second in the link)',
};

/** Whether a fragment holds two documents (`#d=…&b=…`) rather than one. */
export function isCompareFragment(hash: string): boolean {
  return /^#?[dD]=[^&]*&[bB]=/.test(hash);
}

/**
 * Reads a comparison link (`#d=<left>&b=<right>`, its fragment or a whole URL): each side
 * goes through `decode(…, 'link')` with all its stages and caps, so a comparison can hold
 * nothing a single link could not. Never throws; a failure names the bad side.
 */
export function decodeCompareLink(input: string): CompareLinkResult {
  if (typeof input !== 'string' || input.length > 2 * DECODE_LIMITS.linkChars + 8) {
    return {
      ok: false,
      side: null,
      error: 'too-large',
      message: `This comparison link is too long: each of its two diagrams may have at most ${DECODE_LIMITS.linkChars} characters.`,
    };
  }
  const trimmed = input.trim();
  const hash = trimmed.indexOf('#');
  const fragment = hash >= 0 ? trimmed.slice(hash + 1) : trimmed;
  const envelope = COMPARE_ENVELOPE.exec(fragment);
  if (!envelope) {
    return {
      ok: false,
      side: null,
      error: 'not-a-link',
      message: /^[dD]=/.test(fragment)
        ? 'A comparison needs two diagrams; this link holds one.'
        : 'This is not a Faultline comparison link: it ends in "#d=" with the left diagram, then "&b=" with the right one.',
    };
  }
  const sides = [
    ['left', envelope[1]],
    ['right', envelope[2]],
  ] as const;
  const docs: FaultlineDocument[] = [];
  const warnings: string[] = [];
  for (const [side, payload] of sides) {
    const r = decode(`#d=${payload}`, 'link');
    if (!r.ok)
      return {
        ok: false,
        side,
        error: r.error,
        message: `${SIDE_NAME[side]} cannot be opened. ${r.message}`,
      };
    docs.push(r.doc);
    warnings.push(...r.warnings.map((w) => `${side === 'left' ? 'Left' : 'Right'}: ${w}`));
  }
  return { ok: true, left: docs[0], right: docs[1], warnings };
}
