/**
 * What `npm run bench:instructions` counts (scripts/bench-instructions.mjs): a 20 s run of the
 * bench's one-service diagram to warm the JIT up, then, when FAULTLINE_SECONDS is above 0, a
 * run of that many simulated seconds whose event count it prints — the same pair as
 * `npm run bench`'s timed run.
 */
import { engineRate, parsed } from './measure';
import { singleService } from './singleService';

engineRate(parsed(singleService(20)));
const seconds = Number(process.env.FAULTLINE_SECONDS ?? 0);
if (seconds > 0) console.log(engineRate(parsed(singleService(seconds))).events);
