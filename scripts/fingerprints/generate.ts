/** Rewrites scenarioFingerprints.json from the engine as it is (see scenarioFingerprints.ts). */
import { writeFileSync } from 'node:fs';
import { scenarioFingerprints } from './scenarioFingerprints';

const path = new URL('./scenarioFingerprints.json', import.meta.url);
writeFileSync(path, `${JSON.stringify(scenarioFingerprints(), null, 2)}\n`);
process.stdout.write(`wrote ${path.pathname}\n`);
