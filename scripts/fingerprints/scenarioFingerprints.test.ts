import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { scenarioFingerprints } from './scenarioFingerprints';

const recorded = JSON.parse(readFileSync(new URL('./scenarioFingerprints.json', import.meta.url), 'utf8'));

it('every built-in scenario (seeds 1, 2, 3) and every committed share link runs exactly as recorded', () => {
  // A difference here is a change of behaviour. If it is meant, regenerate the file with
  // `npx tsx scripts/fingerprints/generate.ts` and say why in the commit.
  // Scenarios added after the file was written are not in it until it is regenerated: every
  // recorded one must still exist and run exactly as recorded.
  const actual = scenarioFingerprints();
  const compared = Object.fromEntries(Object.keys(recorded).map((id) => [id, actual[id]]));
  expect(compared).toEqual(recorded);
}, 120_000);
