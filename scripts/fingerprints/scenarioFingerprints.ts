/**
 * A fingerprint of every built-in scenario's run for seeds 1, 2 and 3: the report's
 * `eventLogHash` and a SHA-256 of the whole report as JSON. A change to the engine or the
 * model that should not change behaviour (a refactor, a new feature that is off by default)
 * must leave every fingerprint as it was; scenarioFingerprints.test.ts checks that against
 * scenarioFingerprints.json. `npx tsx scripts/fingerprints/generate.ts` records a new scenario
 * (it only adds); with `--rewrite` it records all afresh, when a change of behaviour is meant.
 */
import { createHash } from 'node:crypto';
import { decode, parseDocument } from '../../src/model';
import corpus from '../../src/model/fixtures/links-v1.json';
import { BUILT_IN_SCENARIOS } from '../../src/scenarios';
import { simulate } from '../../src/sim';

/** The seeds every scenario is fingerprinted with. */
export const FINGERPRINT_SEEDS = [1, 2, 3] as const;

/** One run's fingerprint. */
export interface Fingerprint {
  eventLogHash: string;
  reportSha256: string;
}

/**
 * `fingerprints[scenarioId][seed]` for every built-in scenario and fingerprint seed, and
 * `fingerprints["link: <name>"][seed]` for every committed share link (links-v1.json, made
 * at version 2): a link once shared keeps opening and running exactly as it did.
 */
export function scenarioFingerprints(): Record<string, Record<string, Fingerprint>> {
  const out: Record<string, Record<string, Fingerprint>> = {};
  for (const scenario of BUILT_IN_SCENARIOS) {
    const parsed = parseDocument(scenario.document);
    if (!parsed.ok) throw new Error(`${scenario.id} does not parse`);
    out[scenario.id] = {};
    for (const seed of FINGERPRINT_SEEDS) {
      out[scenario.id][seed] = fingerprint(simulate(parsed.doc, { seed }));
    }
  }
  for (const { name, link } of corpus.links) {
    const decoded = decode(link, 'link');
    if (!decoded.ok) throw new Error(`the link "${name}" does not decode`);
    const key = `link: ${name}`;
    out[key] = {};
    for (const seed of FINGERPRINT_SEEDS.slice(0, 1))
      out[key][seed] = fingerprint(simulate(decoded.doc, { seed }));
  }
  return out;
}

function fingerprint(report: ReturnType<typeof simulate>): Fingerprint {
  return {
    eventLogHash: report.eventLogHash,
    reportSha256: createHash('sha256').update(JSON.stringify(report)).digest('hex'),
  };
}
