/**
 * The installable app (docs/hosting.md, "Installing and offline"): the build's service
 * worker (sw.js, made by vite-plugin-pwa: it precaches the built files) is registered once
 * the first visit is interactive, so it never competes with the first diagram. Offline,
 * the cached shell opens on its example; a room needs the network and says so.
 */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  // The page's Trusted Types policy (trustedTypes.ts) lets same-origin script URLs through.
  navigator.serviceWorker.register('/sw.js', { scope: '/' }).catch(() => undefined);
}
