import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { defineConfig } from 'vitest/config';

import {
  CONTENT_SECURITY_POLICY,
  FRAMEABLE_NAVIGATION,
  securityHeadersFor,
} from './scripts/securityHeaders.ts';

/**
 * The Content-Security-Policy, as a `<meta>` tag in the built index.html only: the dev
 * server injects inline scripts for hot reload, which the policy would rightly block.
 * `frame-ancestors` cannot be set by a meta tag, and a meta tag does not reach the worker:
 * `vite preview` (`npm start`) serves the headers of docs/hosting.md (previewHeaders).
 */
export const contentSecurityPolicy = CONTENT_SECURITY_POLICY;

function cspMetaTag(): Plugin {
  return {
    name: 'faultline-csp',
    apply: 'build',
    transformIndexHtml(html) {
      return html.replace(
        '<meta charset="UTF-8" />',
        `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy}" />`,
      );
    },
  };
}

/**
 * The security headers of docs/hosting.md on every response of `vite preview`. A plugin,
 * not `preview.headers`: the editor must not be framed while `?embed` must be, and the
 * static headers option cannot tell the two apart. (Both a header and the meta tag apply;
 * a page gets what both allow, and they differ only in `frame-ancestors`.)
 */
function previewHeaders(): Plugin {
  return {
    name: 'faultline-preview-headers',
    configurePreviewServer(server) {
      server.middlewares.use((req, res, next) => {
        for (const [name, value] of Object.entries(securityHeadersFor(req.url ?? '/')))
          res.setHeader(name, value);
        next();
      });
    },
  };
}

/**
 * The installable app: a web app manifest and a service worker that precaches the built
 * files, so the shell (and its example) opens offline. The page registers it itself, after
 * the first visit is interactive (src/app/pwa.ts), so the first visit does not grow. The
 * Workbox runtime is inlined: the worker's own policy (the header on sw.js) requires Trusted
 * Types, which `importScripts` with a plain URL would break. The room's API and WebSocket
 * are never served from the cache, nor is the frameable player (FRAMEABLE_NAVIGATION): the
 * cached page's headers forbid framing.
 */
function installableApp(): Plugin[] {
  return VitePWA({
    injectRegister: false,
    registerType: 'autoUpdate',
    filename: 'sw.js',
    manifest: {
      name: 'Faultline',
      short_name: 'Faultline',
      description:
        'Draw services joined by RPC calls or queues, run a simulation, watch failures cascade or be absorbed.',
      start_url: '/',
      scope: '/',
      display: 'standalone',
      background_color: '#ffffff',
      theme_color: '#1f2937',
      icons: [{ src: '/favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
    },
    workbox: {
      globPatterns: ['**/*.{js,css,html,svg,png,ico,webmanifest,woff2,wasm}'],
      navigateFallback: 'index.html',
      navigateFallbackDenylist: [/^\/api\//, /^\/room\//, FRAMEABLE_NAVIGATION],
      maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
      inlineWorkboxRuntime: true,
      cleanupOutdatedCaches: true,
      clientsClaim: true,
      skipWaiting: true,
    },
  });
}

export default defineConfig({
  plugins: [react(), cspMetaTag(), previewHeaders(), installableApp()],
  build: {
    manifest: true,
    target: 'es2022',
    chunkSizeWarningLimit: 900,
    rolldownOptions: {
      output: {
        codeSplitting: {
          // Everything the first visit loads, in one chunk: split into several files it
          // compresses worse, and the first-visit budget (docs/performance.md) is tight.
          groups: [{ name: 'app', tags: ['$initial'] }],
        },
      },
    },
  },
  worker: { format: 'es' },
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts', 'server/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['./vitest.setup.ts'],
    testTimeout: 60_000,
  },
});
