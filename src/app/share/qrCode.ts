import { renderSVG } from 'uqr';

/**
 * A QR code of `text` as an `<img>` source (a `data:` SVG: the Content-Security-Policy
 * allows images from data: but no inline styles), or null when the text is too long for
 * any QR code (about 2,900 bytes).
 */
export function qrCodeDataUrl(text: string): string | null {
  try {
    const svg = renderSVG(text, { ecc: 'L', border: 2 });
    return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  } catch {
    return null;
  }
}
