import { LONG_LINK_CHARS } from '../../model/shareLink';
import { escapeXml } from '../export/diagramSvg';

// Past LONG_LINK_CHARS a link is long: chat apps cut it and QR codes stop scanning.
export { LONG_LINK_CHARS };
/** Size of the iframe the Share dialog suggests (the player works down to 400 × 300). */
export const EMBED_WIDTH = 640;
export const EMBED_HEIGHT = 400;

/** `location.origin + location.pathname`: where the app lives, without query or fragment. */
export function appBase(location: { origin: string; pathname: string }): string {
  return `${location.origin}${location.pathname}`;
}

/** A fragment always written with its "#". */
function asFragment(fragment: string): string {
  return fragment.startsWith('#') ? fragment : `#${fragment}`;
}

/** The link that opens the document in the editor. */
export function shareUrl(base: string, fragment: string): string {
  return `${base}${asFragment(fragment)}`;
}

/** The link for the read-only player: the same content with `?embed` as a view option. */
export function embedUrl(base: string, fragment: string, options: { autoplay?: boolean } = {}): string {
  return `${base}?embed${options.autoplay ? '&autoplay' : ''}${asFragment(fragment)}`;
}

/** The HTML to paste into a page: an iframe of the player, its attributes escaped. */
export function iframeSnippet(
  url: string,
  title: string,
  width = EMBED_WIDTH,
  height = EMBED_HEIGHT,
): string {
  return `<iframe src="${escapeXml(url)}" width="${width}" height="${height}" title="${escapeXml(title)}" style="border:0" loading="lazy" allowfullscreen></iframe>`;
}

/** Whether a link is long enough to offer the JSON file instead. */
export function isLongLink(url: string): boolean {
  return url.length > LONG_LINK_CHARS;
}
