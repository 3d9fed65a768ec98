import { parseViewOptions } from '../src/app/routes/viewOptions.ts';

/**
 * The Content-Security-Policy of the built app (docs/hosting.md). The simulation worker is
 * a same-origin file of the build, so workers come from 'self' only, never from `blob:`.
 * `trusted-types default` allows the app's one policy (src/app/trustedTypes.ts).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "require-trusted-types-for 'script'",
  'trusted-types default',
].join('; ');

/**
 * The headers every response of the built app gets, as docs/hosting.md gives them:
 * the policy as a header (so it also covers the worker script, which a `<meta>` tag in
 * index.html cannot), with `frame-ancestors 'none'` everywhere except the embedded player
 * (`?embed`, the same test as the app's own view options), which blogs frame.
 */
export function securityHeadersFor(url: string): Record<string, string> {
  const query = url.indexOf('?');
  const hash = url.indexOf('#');
  const search = query < 0 ? '' : url.slice(query, hash > query ? hash : undefined);
  const frameable = parseViewOptions(search).embed;
  return {
    'Content-Security-Policy': frameable
      ? CONTENT_SECURITY_POLICY
      : `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`,
    'X-Content-Type-Options': 'nosniff',
  };
}

/**
 * Navigations the service worker leaves to the network (tested against a URL's path and
 * query, as Workbox's `navigateFallbackDenylist` is). The worker answers other navigations
 * with the cached index.html, whose headers forbid framing: an embedded player answered from
 * it would be blocked in its iframe (the compare page's players, a blog's embed). So every
 * query that could mean `?embed` goes to the network: the word in any case, or any
 * percent-escape (a key spelled `%65mbed`). A wider net only costs those pages offline.
 */
export const FRAMEABLE_NAVIGATION = /\?.*(?:embed|%)/i;
