import { decodeCompareLink } from '../../model/decode/compareLink';
import { DECODE_LIMITS } from '../../model/decode/limits';
import { parseDocument } from '../../model/parseDocument';
import type { FaultlineDocument } from '../../model/schema';
import { encodeCompareLink, linkLength } from '../../model/shareLink';
import { getScenario } from '../../scenarios';
import type { ViewOptions } from '../routes/viewOptions';
import { hasSharedDiagram } from '../share/sharedLink';

/** The pair the first-visit example offers: the RPC chain against the same with a queue. */
export const EXAMPLE_PAIR: readonly [string, string] = ['rpc-chain-redeploy', 'queue-redeploy'];

export type CompareRoute =
  | { ok: true; left: FaultlineDocument; right: FaultlineDocument }
  | { ok: false; message: string };

function builtIn(id: string): FaultlineDocument | null {
  const s = getScenario(id);
  if (!s) return null;
  const r = parseDocument(s.document);
  return r.ok ? r.doc : null;
}

/** The two built-in scenarios with these ids, parsed. */
export function builtInPair(ids: readonly [string, string]): CompareRoute {
  const left = builtIn(ids[0]);
  const right = builtIn(ids[1]);
  if (!left || !right) {
    const missing = left ? ids[1] : ids[0];
    return { ok: false, message: `There is no built-in scenario called “${missing}”.` };
  }
  return { ok: true, left, right };
}

/**
 * The compare page's own address for this pair: `<base>?compare#d=<left>&b=<right>`, both
 * documents in the fragment (never sent to a server). Reloading it, bookmarking it or
 * sending it shows the same comparison; `embed` gives the frameable form for an iframe.
 */
export function compareUrl(
  base: string,
  left: FaultlineDocument,
  right: FaultlineDocument,
  options: { theme?: 'light' | 'dark' | null; embed?: boolean } = {},
): string {
  const query = ['compare', options.embed ? 'embed' : '', options.theme ? `theme=${options.theme}` : '']
    .filter(Boolean)
    .join('&');
  return `${base}?${query}${encodeCompareLink(left, right)}`;
}

/**
 * Why this pair cannot travel as a comparison link (a side longer than a link may be, so
 * the address would not open again), or null when it can.
 */
export function compareLinkProblem(left: FaultlineDocument, right: FaultlineDocument): string | null {
  for (const [side, doc] of [
    ['left', left],
    ['right', right],
  ] as const) {
    const chars = linkLength(doc);
    if (chars > DECODE_LIMITS.linkChars)
      return `This comparison is too large for a link: the ${side} diagram alone takes ${chars.toLocaleString('en')} characters (a link may hold ${DECODE_LIMITS.linkChars.toLocaleString('en')} per diagram). Share the diagrams as files instead.`;
  }
  return null;
}

/**
 * What the `?compare` page shows: two built-in scenarios (`?compare=a,b`), two documents
 * in the fragment (`#d=…&b=…`, each through the one decoder; a damaged side is named), or,
 * with neither, the example pair.
 */
export function resolveCompareRoute(options: ViewOptions, hash: string): CompareRoute {
  if (options.comparePair) return builtInPair(options.comparePair);
  if (hasSharedDiagram(hash)) {
    const r = decodeCompareLink(hash);
    return r.ok ? { ok: true, left: r.left, right: r.right } : { ok: false, message: r.message };
  }
  return builtInPair(EXAMPLE_PAIR);
}
