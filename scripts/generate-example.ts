/**
 * `npx tsx scripts/generate-example.ts`: rewrites src/scenarios/firstVisitExample.json, the
 * first-visit example (rpcChainRedeploy) with every default filled in, exactly as
 * `parseDocument` gives it. The editor opens it without parsing, so a first visit needs no
 * zod (docs/performance.md); src/scenarios/firstVisitExample.test.ts fails until this is
 * run after a change to the example or to a default. Commit the result.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseDocument } from '../src/model/parseDocument';
import { rpcChainRedeploy } from '../src/scenarios/rpcChainRedeploy';

const path = new URL('../src/scenarios/firstVisitExample.json', import.meta.url).pathname;
const parsed = parseDocument(rpcChainRedeploy);
if (!parsed.ok) {
  console.error('The example does not parse:', parsed.errors);
  process.exit(1);
}
const text = `${JSON.stringify(parsed.doc, null, 2)}\n`;
let before = '';
try {
  before = readFileSync(path, 'utf8');
} catch {
  // not written yet
}
if (text !== before) writeFileSync(path, text);
console.log(`src/scenarios/firstVisitExample.json: ${text === before ? 'up to date' : 'updated'}`);
