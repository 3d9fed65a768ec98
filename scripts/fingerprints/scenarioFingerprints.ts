/**
 * A fingerprint of every built-in scenario's run for seeds 1, 2 and 3: the report's
 * `eventLogHash` and a SHA-256 of the whole report as JSON. A change to the engine or the
 * model that should not change behaviour (a refactor, a new feature that is off by default)
 * must leave every fingerprint as it was; scenarioFingerprints.test.ts checks that against
 * scenarioFingerprints.json, which `npx tsx scripts/fingerprints/generate.ts` rewrites when a
 * change of behaviour is meant.
 */
import { createHash } from 'node:crypto';
import { parseDocument } from '../../src/model';
import { BUILT_IN_SCENARIOS } from '../../src/scenarios';
import { simulate } from '../../src/sim';

/** The seeds every scenario is fingerprinted with. */
export const FINGERPRINT_SEEDS = [1, 2, 3] as const;

/** One run's fingerprint. */
export interface Fingerprint {
  eventLogHash: string;
  reportSha256: string;
}

/** `fingerprints[scenarioId][seed]` for every built-in scenario and fingerprint seed. */
export function scenarioFingerprints(): Record<string, Record<string, Fingerprint>> {
  const out: Record<string, Record<string, Fingerprint>> = {};
  for (const scenario of BUILT_IN_SCENARIOS) {
    const parsed = parseDocument(scenario.document);
    if (!parsed.ok) throw new Error(`${scenario.id} does not parse`);
    out[scenario.id] = {};
    for (const seed of FINGERPRINT_SEEDS) {
      const report = simulate(parsed.doc, { seed });
      out[scenario.id][seed] = {
        eventLogHash: report.eventLogHash,
        reportSha256: createHash('sha256').update(JSON.stringify(report)).digest('hex'),
      };
    }
  }
  return out;
}
