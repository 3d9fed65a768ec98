import type { FaultlineDocument } from '../../model';
import { decodeLoaded } from '../decoder';
import { diagramPartOf } from '../seeds/sweepLinkPending';

/** What the page's fragment holds. */
export type SharedLink =
  /** No diagram in the fragment. */
  | { kind: 'none' }
  /** A valid diagram, pending: nothing is replaced or saved until the person accepts it. */
  | { kind: 'pending'; doc: FaultlineDocument; warnings: string[] }
  /** A fragment that tried to be a diagram and failed, with the decoder's words. */
  | { kind: 'failed'; error: string; message: string; details: string[] };

/**
 * Whether a fragment claims to carry a diagram (`#d=…`, the key in either case, as the
 * decoder reads it): such a fragment is either opened or explained, never ignored.
 */
export function hasSharedDiagram(hash: string): boolean {
  return /^#[dD]=/.test(hash);
}

/**
 * Reads the diagram in a page's fragment through the one decoder (source "link"), which
 * main.tsx fetched before the first render for such a page (`loadDecoder`). Other
 * fragments (`#`, `#top`) are not links and give "none". Never throws.
 */
export function readSharedLink(hash: string): SharedLink {
  if (typeof hash !== 'string' || !hasSharedDiagram(hash)) return { kind: 'none' };
  // A sweep link carries its diagram first; the sweep waits for the seeds and sweeps panel.
  const r = decodeLoaded(diagramPartOf(hash), 'link');
  if (r.ok) return { kind: 'pending', doc: r.doc, warnings: r.warnings };
  return {
    kind: 'failed',
    error: r.error,
    message: r.message,
    details: r.detail.slice(0, 20).map((d) => `${d.path}: ${d.message}`),
  };
}

/** The current URL without its fragment, for `history.replaceState` once a link was dealt with. */
export function withoutFragment(location: { pathname: string; search: string }): string {
  return `${location.pathname}${location.search}`;
}
