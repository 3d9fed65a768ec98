/**
 * A seed run or a sweep as a link: the document's share fragment followed by the sweep's
 * definition, `#d=2.<payload>&seeds=1..20&sweep=<axis>[&sweep=<axis>]`, each axis written
 * as parseSweepAxis reads it and percent-encoded. The document goes through the one decoder
 * (src/model/decode) with all its caps; the definition has its own cap and is checked
 * against that document.
 */
import { DECODE_LIMITS, decode, encodeShareLink, type FaultlineDocument } from '../model';
import { formatSeedList, parseSeedList } from './seedList';
import {
  formatSweepAxis,
  MAX_AXES,
  parseSweepAxis,
  type ResolvedAxis,
  resolveAxis,
  type SweepDefinition,
} from './sweepDefinition';

/** Most characters of the sweep part of a link (after the document's payload). */
export const MAX_SWEEP_LINK_CHARS = 2000;

/** The fragment of a link holding `doc` and `sweep`. */
export function encodeSweepLink(doc: FaultlineDocument, sweep: SweepDefinition): string {
  const parts = [`seeds=${encodeURIComponent(formatSeedList(sweep.seeds))}`];
  for (const axis of sweep.axes) parts.push(`sweep=${encodeURIComponent(formatSweepAxis(axis))}`);
  return `${encodeShareLink(doc)}&${parts.join('&')}`;
}

/** Whether a fragment (or URL) holds a seed run or a sweep beside its document. */
export function isSweepFragment(hash: string): boolean {
  return /^#?[dD]=[^&]*&(?:seeds|sweep)=/.test(hash.slice(Math.max(0, hash.indexOf('#'))));
}

export type SweepLinkResult =
  | { ok: true; doc: FaultlineDocument; sweep: SweepDefinition; axes: ResolvedAxis[]; warnings: string[] }
  | { ok: false; message: string };

/**
 * Reads a sweep link (its fragment or a whole URL). Never throws; a refusal says whether the
 * diagram or the sweep is at fault and what is wrong.
 */
export function decodeSweepLink(input: string): SweepLinkResult {
  if (typeof input !== 'string' || input.length > DECODE_LIMITS.linkChars + MAX_SWEEP_LINK_CHARS)
    return { ok: false, message: 'This sweep link is too long to be one Faultline made.' };
  const trimmed = input.trim();
  const hash = trimmed.indexOf('#');
  const fragment = hash >= 0 ? trimmed.slice(hash + 1) : trimmed;
  const [docPart, ...rest] = fragment.split('&');
  const sweepText = rest.join('&');
  if (sweepText.length > MAX_SWEEP_LINK_CHARS)
    return {
      ok: false,
      message: `The sweep in this link is longer than ${MAX_SWEEP_LINK_CHARS} characters.`,
    };
  const decoded = decode(`#${docPart}`, 'link');
  if (!decoded.ok)
    return { ok: false, message: `The diagram of this sweep link cannot be opened. ${decoded.message}` };
  let seedsText: string | null = null;
  const axesText: string[] = [];
  for (const part of rest) {
    const eq = part.indexOf('=');
    const key = eq < 0 ? part : part.slice(0, eq);
    let value: string;
    try {
      value = decodeURIComponent(eq < 0 ? '' : part.slice(eq + 1));
    } catch {
      return { ok: false, message: `The sweep link's "${key}" is not properly percent-encoded.` };
    }
    if (key === 'seeds') {
      if (seedsText !== null) return { ok: false, message: 'The sweep link gives its seeds twice.' };
      seedsText = value;
    } else if (key === 'sweep') axesText.push(value);
    else return { ok: false, message: `The sweep link has an unknown part "${key.slice(0, 40)}".` };
  }
  if (seedsText === null) return { ok: false, message: 'The sweep link gives no seeds (seeds=1..20).' };
  const seeds = parseSeedList(seedsText);
  if (!seeds.ok) return { ok: false, message: `The sweep link's seeds cannot be read: ${seeds.error}.` };
  if (axesText.length > MAX_AXES)
    return {
      ok: false,
      message: `A sweep varies at most ${MAX_AXES} parameters; this link has ${axesText.length}.`,
    };
  const axes: ResolvedAxis[] = [];
  for (const text of axesText) {
    const parsed = parseSweepAxis(text);
    if (!parsed.ok) return { ok: false, message: `The sweep link's sweep cannot be read: ${parsed.error}.` };
    const resolved = resolveAxis(decoded.doc, parsed.value);
    if (!resolved.ok)
      return { ok: false, message: `The sweep link does not fit its diagram: ${resolved.error}.` };
    axes.push(resolved.value);
  }
  return {
    ok: true,
    doc: decoded.doc,
    sweep: {
      seeds: seeds.seeds,
      axes: axes.map(({ path, from, to, count, scale }) => ({ path, from, to, count, scale })),
    },
    axes,
    warnings: decoded.warnings,
  };
}
