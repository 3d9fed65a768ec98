/**
 * The current address with one flag view option switched on or off, everything else (other
 * parameters, the fragment with its content) kept: a reload or a copied address then opens
 * the way the page is shown now.
 */
export function withFlag(href: string, key: string, on: boolean): string {
  const url = new URL(href);
  const params = new URLSearchParams(url.search);
  params.delete(key);
  // Flags are written bare (`?present`), as the app writes them in links.
  const rest = params.toString();
  const query = [on ? key : '', rest].filter(Boolean).join('&');
  return `${url.pathname}${query ? `?${query}` : ''}${url.hash}`;
}
