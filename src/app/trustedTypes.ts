/**
 * The page's one Trusted Types policy (the Content-Security-Policy: docs/hosting.md). Under
 * `require-trusted-types-for 'script'` the `Worker` constructor only takes a
 * TrustedScriptURL, so with `trusted-types 'none'` the simulation worker could not start.
 * This `default` policy turns exactly one kind of string into a script URL: a same-origin
 * path of our own build (the worker bundle). It defines no createHTML or createScript, so
 * every HTML and script sink stays blocked.
 */

interface TrustedTypesLike {
  createPolicy(name: string, rules: { createScriptURL: (input: string) => string | null }): unknown;
  defaultPolicy?: unknown;
}

/** Whether `input` is a URL a worker may be started from: this origin only (or a blob of it). */
export function isOwnScriptUrl(input: string, origin: string): boolean {
  try {
    const url = new URL(input, origin);
    if (url.protocol === 'blob:') return new URL(url.pathname).origin === origin;
    return url.origin === origin && (url.protocol === 'http:' || url.protocol === 'https:');
  } catch {
    return false;
  }
}

/** Installs the default policy once; a no-op where Trusted Types are not supported. */
export function installTrustedTypesPolicy(): void {
  const tt = (globalThis as { trustedTypes?: TrustedTypesLike }).trustedTypes;
  if (!tt || tt.defaultPolicy) return;
  const origin = globalThis.location?.origin ?? '';
  try {
    tt.createPolicy('default', {
      // Returning null makes the browser refuse the assignment (and report it).
      createScriptURL: (input) => (isOwnScriptUrl(input, origin) ? input : null),
    });
  } catch {
    // The CSP forbids the policy: workers fail loudly in the run view instead.
  }
}

installTrustedTypesPolicy();
