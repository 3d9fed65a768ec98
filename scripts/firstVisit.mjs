// What a first visit costs, measured the way a browser pays it: the built app (dist/) is
// served by a small static server that logs every request, Chromium opens it with an empty
// cache, and the page says when it is interactive (a diagram node drawn, Play enabled) by
// requesting a marker URL. Every JavaScript file requested before the marker — the page's
// chunks and the worker's script alike, since the server sees both — counts, at the size
// gzip -9 gives it. Used by scripts/size-report.mjs (the budget gate) and e2e-bench (bench:ui).
import { readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

/** The JavaScript a first visit may fetch before it is interactive, gzip -9 (kB of 1,000 bytes, as Vite reports). */
export const FIRST_VISIT_BUDGET_KB = 170;

/** The URL the probe requests once the page is interactive. */
export const INTERACTIVE_MARK = '/__faultline-interactive';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
};

/**
 * Serves `dist` on 127.0.0.1 (a free port) and logs each request's path in arrival order.
 * @param {string} dist
 * @returns {Promise<{ url: string, log: string[], close: () => Promise<void> }>}
 */
export async function serveDist(dist) {
  /** @type {string[]} */
  const log = [];
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    log.push(path);
    if (path === INTERACTIVE_MARK) {
      res.writeHead(204, { 'cache-control': 'no-store' }).end();
      return;
    }
    const file = normalize(join(dist, path === '/' ? 'index.html' : path));
    let ok = file.startsWith(normalize(dist));
    try {
      ok &&= statSync(file).isFile();
    } catch {
      ok = false;
    }
    if (!ok) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    log,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve(undefined));
      }),
  };
}

/**
 * Runs in the page before any of its scripts (Playwright's addInitScript): watches every
 * animation frame until a diagram node is drawn (laid out, not hidden) and Play is enabled,
 * then records the time since navigation in `window.__faultlineInteractiveMs` and requests
 * INTERACTIVE_MARK. Self-contained: Playwright serialises it into the page.
 * @param {string} mark
 */
export function interactiveProbe(mark) {
  const w = /** @type {any} */ (window);
  if (w.top !== w) return;
  const isInteractive = () => {
    const node = document.querySelector('.react-flow__node');
    if (!(node instanceof HTMLElement) || node.offsetWidth === 0) return false;
    if (getComputedStyle(node).visibility === 'hidden') return false;
    const play = document.querySelector(
      '[role="toolbar"][aria-label="Run controls"] button[aria-label="Play"]',
    );
    return play instanceof HTMLButtonElement && !play.disabled;
  };
  const check = () => {
    if (!isInteractive()) {
      requestAnimationFrame(check);
      return;
    }
    w.__faultlineInteractiveMs = performance.now();
    fetch(mark, { cache: 'no-store' }).catch(() => undefined);
  };
  requestAnimationFrame(check);
}

/**
 * One cold first visit (a fresh browser context, so an empty cache and empty storage).
 * @param {import('playwright-core').Browser} browser
 * @param {{ url: string, log: string[] }} served
 * @param {string} dist
 * @param {{ viewport?: { width: number, height: number } }} [options]
 * @returns {Promise<{ interactiveMs: number, scripts: { path: string, gzipBytes: number }[], totalKb: number, later: string[] }>}
 */
export async function measureFirstVisit(browser, served, dist, options = {}) {
  const context = await browser.newContext({ viewport: options.viewport ?? { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    await page.addInitScript(interactiveProbe, INTERACTIVE_MARK);
    served.log.length = 0;
    await page.goto(served.url);
    await page
      .waitForFunction(() => /** @type {any} */ (window).__faultlineInteractiveMs !== undefined, null, {
        timeout: 30_000,
      })
      .catch(() => {
        throw new Error(
          'The page never became interactive: no diagram node drawn with Play enabled within 30 s. ' +
            'Open the built app (npx vite preview) to see what is wrong.',
        );
      });
    const interactiveMs = await page.evaluate(() => /** @type {any} */ (window).__faultlineInteractiveMs);
    // The marker request may still be on its way: wait until the server has logged it.
    const deadline = Date.now() + 10_000;
    while (!served.log.includes(INTERACTIVE_MARK) && Date.now() < deadline) await page.waitForTimeout(10);
    const cut = served.log.indexOf(INTERACTIVE_MARK);
    if (cut < 0) throw new Error('the page became interactive but its marker request never arrived');
    const before = served.log.slice(0, cut).filter((p) => p.endsWith('.js'));
    // Let the parts loaded after startup come, to list them (information only): wait until
    // the server has heard nothing for a second.
    for (let n = served.log.length, quiet = 0; quiet < 1000 && Date.now() < deadline + 10_000; ) {
      await page.waitForTimeout(100);
      quiet = served.log.length === n ? quiet + 100 : 0;
      n = served.log.length;
    }
    const later = served.log.slice(cut + 1).filter((p) => p.endsWith('.js'));
    const scripts = [...new Set(before)].map((path) => ({
      path,
      gzipBytes: gzipSync(readFileSync(join(dist, path)), { level: 9 }).length,
    }));
    const totalKb = scripts.reduce((sum, s) => sum + s.gzipBytes, 0) / 1000;
    return { interactiveMs, scripts, totalKb, later: [...new Set(later)] };
  } finally {
    await context.close();
  }
}

/**
 * The report's lines for one first visit.
 * @param {{ scripts: { path: string, gzipBytes: number }[], totalKb: number, later: string[] }} visit
 */
export function formatFirstVisit(visit) {
  const rows = visit.scripts.map(
    (s) => `  ${s.path.padEnd(48)} ${(s.gzipBytes / 1000).toFixed(1).padStart(7)} kB gzip -9`,
  );
  const verdict = visit.totalKb <= FIRST_VISIT_BUDGET_KB ? 'within' : 'OVER';
  return [
    'JavaScript Chromium fetched before the first visit was interactive (a node drawn, Play enabled):',
    ...rows,
    `  total ${visit.totalKb.toFixed(1)} kB — ${verdict} the ${FIRST_VISIT_BUDGET_KB} kB budget`,
    `  fetched afterwards (on first use or when idle): ${visit.later.length ? visit.later.join(', ') : 'nothing'}`,
  ];
}

/** Whether `file` exists (for a clear message when the app is not built). */
export function exists(file) {
  try {
    statSync(file);
    return true;
  } catch {
    return false;
  }
}
