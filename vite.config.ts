import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

/**
 * The Content-Security-Policy of SAFETY.md, added to the built index.html only: the dev
 * server injects inline scripts for hot reload, which the policy would rightly block.
 * `frame-ancestors` cannot be set by a meta tag; docs/hosting.md gives the header.
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "require-trusted-types-for 'script'",
  // One policy, "default" (src/app/trustedTypes.ts): same-origin script URLs for the worker only.
  'trusted-types default',
].join('; ');

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

export default defineConfig({
  plugins: [react(), cspMetaTag()],
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
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['./vitest.setup.ts'],
    testTimeout: 60_000,
  },
});
