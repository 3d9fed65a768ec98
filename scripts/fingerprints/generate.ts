/**
 * Records fingerprints in scenarioFingerprints.json (see scenarioFingerprints.ts).
 *
 * By default it only ADDS what is not recorded yet (a new built-in scenario): every recorded
 * fingerprint stays as it was, so recording a new lesson can never hide a change to an old
 * one. `--rewrite` records everything afresh, for a change of behaviour that is meant (say
 * why in the commit).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { type Fingerprint, scenarioFingerprints } from './scenarioFingerprints';

const path = new URL('./scenarioFingerprints.json', import.meta.url);
const rewrite = process.argv.includes('--rewrite');
const recorded: Record<string, Record<string, Fingerprint>> = !rewrite && existsSync(path)
  ? JSON.parse(readFileSync(path, 'utf8'))
  : {};
const current = scenarioFingerprints();
const added = Object.keys(current).filter((key) => !(key in recorded));
// Recorded entries keep their place and value; new ones follow in the registry's order.
const next = { ...recorded, ...Object.fromEntries(added.map((key) => [key, current[key]])) };
writeFileSync(path, `${JSON.stringify(next, null, 2)}\n`);
process.stdout.write(
  `${rewrite ? 'rewrote' : 'added'} ${added.length} entr${added.length === 1 ? 'y' : 'ies'}${added.length ? `: ${added.join(', ')}` : ''}\n`,
);
