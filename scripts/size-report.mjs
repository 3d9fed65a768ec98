#!/usr/bin/env node
// Reports the gzip size of the JavaScript a first visit loads (the entry chunk and its
// static imports, read from Vite's manifest), against the 180 kB budget of the foundation issue.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const dist = new URL('../dist/', import.meta.url).pathname;
const manifest = JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8'));
const budgetKb = 180;
const seen = new Set();
function visit(key) {
  if (seen.has(key)) return;
  seen.add(key);
  for (const dep of manifest[key].imports ?? []) visit(dep);
}
for (const [key, chunk] of Object.entries(manifest)) if (chunk.isEntry) visit(key);
let total = 0;
const rows = [];
for (const key of seen) {
  const file = manifest[key].file;
  if (!file.endsWith('.js')) continue;
  const gz = gzipSync(readFileSync(join(dist, file))).length;
  total += gz;
  rows.push(`  ${file.padEnd(48)} ${(gz / 1024).toFixed(1).padStart(7)} kB gzip`);
}
console.log(`First-visit JavaScript (gzip):\n${rows.join('\n')}`);
const verdict = total / 1024 <= budgetKb ? 'within' : 'OVER';
console.log(`  total ${(total / 1024).toFixed(1)} kB — ${verdict} the ${budgetKb} kB budget`);
