import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { scenarioFingerprints } from './scenarioFingerprints';

const recorded = JSON.parse(readFileSync(new URL('./scenarioFingerprints.json', import.meta.url), 'utf8'));

it('every built-in scenario (seeds 1, 2, 3) and every committed share link runs exactly as recorded', () => {
  // A difference here is a change of behaviour. If it is meant, regenerate the file with
  // `npx tsx scripts/fingerprints/generate.ts` and say why in the commit.
  const current = scenarioFingerprints();
  // Every recorded run, compared in full; a scenario added since is not recorded yet (it is
  // added when the file is regenerated), but none recorded may disappear.
  const recordedNow = Object.fromEntries(Object.keys(recorded).map((key) => [key, current[key]]));
  expect(recordedNow).toEqual(recorded);
}, 120_000);
