/**
 * `npm run docs:generate`: rewrites the generated examples of docs/cli.md and
 * docs/document-format.md from the code's real output (scripts/docs/generatedSections.ts).
 * Run it after a change to the engine, the report or the example; commit the result.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { GENERATED_DOCS, generatedSections, withGeneratedSections } from './docs/generatedSections';

const root = new URL('..', import.meta.url).pathname;
const sections = generatedSections();
for (const file of GENERATED_DOCS) {
  const path = join(root, file);
  const before = readFileSync(path, 'utf8');
  const after = withGeneratedSections(before, sections);
  if (after !== before) writeFileSync(path, after);
  console.log(`${file}: ${after === before ? 'up to date' : 'updated'}`);
}
