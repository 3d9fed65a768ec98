import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { scenarioFingerprints } from './scenarioFingerprints';

const recorded = JSON.parse(readFileSync(new URL('./scenarioFingerprints.json', import.meta.url), 'utf8'));

it('every built-in scenario (seeds 1, 2, 3) and every committed share link runs exactly as recorded', () => {
  const current = scenarioFingerprints();
  // Every scenario is recorded: a new one is added with `npx tsx scripts/fingerprints/generate.ts`,
  // which only adds, so recording it cannot hide a change to another.
  expect(Object.keys(current).filter((key) => !(key in recorded))).toEqual([]);
  // A difference here is a change of behaviour. If it is meant, rewrite the file with
  // `npx tsx scripts/fingerprints/generate.ts --rewrite` and say why in the commit.
  expect(current).toEqual(recorded);
}, 120_000);
