#!/usr/bin/env -S npx tsx
// The first-visit budget gate: opens the built app (dist/, from `vite build`) in Chromium
// with an empty cache and sums, at gzip -9, every JavaScript file it requested before it
// was interactive — a diagram node drawn and Play enabled — worker script included
// (scripts/firstVisit.mjs). Exits non-zero over FIRST_VISIT_BUDGET_KB. `npm run size`
// builds and runs it; `npm test` runs it after the unit tests.
import { chromium } from '@playwright/test';
import { chromiumLaunch } from '../playwright.config.ts';
import {
  exists,
  FIRST_VISIT_BUDGET_KB,
  formatFirstVisit,
  measureFirstVisit,
  serveDist,
} from './firstVisit.mjs';

const dist = new URL('../dist/', import.meta.url).pathname;
if (!exists(`${dist}index.html`)) {
  console.error('No built app in dist/: run `npx vite build` first (or `npm run size`, which does).');
  process.exit(1);
}
const served = await serveDist(dist);
const browser = await chromium.launch(chromiumLaunch);
let visit;
try {
  visit = await measureFirstVisit(browser, served, dist);
} finally {
  await browser.close();
  await served.close();
}
console.log(formatFirstVisit(visit).join('\n'));
console.log(
  `  interactive after ${Math.round(visit.interactiveMs)} ms (one load; \`npm run bench:ui\` gives the median)`,
);
if (visit.totalKb > FIRST_VISIT_BUDGET_KB) {
  console.error(
    `First-visit JavaScript is ${visit.totalKb.toFixed(1)} kB, over the ${FIRST_VISIT_BUDGET_KB} kB budget: ` +
      'load what the first diagram and Play do not need on first use or when idle (docs/performance.md).',
  );
  process.exit(1);
}
