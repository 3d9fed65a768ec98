import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

import { CONTENT_SECURITY_POLICY, securityHeadersFor } from './scripts/securityHeaders.ts';

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

export default defineConfig({
  plugins: [react(), cspMetaTag(), previewHeaders()],
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
