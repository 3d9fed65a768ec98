/**
 * The bench's one-service case as a script of its own, bundled into one file by the benches
 * that run it in a fresh process: `npm run bench:instructions` (scripts/bench-instructions.mjs,
 * under Valgrind) and `npm run bench`'s bundled line (scripts/bench/bundled.ts). A 20 s run
 * warms the JIT up; then, when FAULTLINE_SECONDS is above 0, a run of that many simulated
 * seconds is timed and printed as JSON (engineRate's figures) — the same pair as
 * `npm run bench`'s timed run.
 */
import { engineRate, parsed } from './measure';
import { singleService } from './singleService';

engineRate(parsed(singleService(20)));
const seconds = Number(process.env.FAULTLINE_SECONDS ?? 0);
if (seconds > 0) console.log(JSON.stringify(engineRate(parsed(singleService(seconds)))));
