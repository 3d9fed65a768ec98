/**
 * The bench's one-service case as a script of its own, bundled into one file by the benches
 * that run it in a fresh process: `npm run bench:instructions` (scripts/bench-instructions.mjs,
 * under Valgrind) and `npm run bench`'s bundled line (scripts/bench/bundled.ts). A 20 s run
 * warms the JIT up; then, when FAULTLINE_SECONDS is above 0, a run of that many simulated
 * seconds is timed and printed as JSON (engineRate's figures) — the same pair as
 * `npm run bench`'s timed run. With FAULTLINE_RESIDENT above 0, a bare heap holding that many
 * entries is timed right after, in the same process, for as many operations as the run had
 * events (`heapOpsPerS`): the two figures share the machine's minute, so their ratio moves
 * far less than either. Valgrind's count leaves it unset: it counts the engine alone.
 */
import { heapRate } from './eventHeap';
import { engineRate, parsed } from './measure';
import { singleService } from './singleService';

engineRate(parsed(singleService(20)));
const seconds = Number(process.env.FAULTLINE_SECONDS ?? 0);
const resident = Number(process.env.FAULTLINE_RESIDENT ?? 0);
if (seconds > 0) {
  const run = engineRate(parsed(singleService(seconds)));
  const heap = resident > 0 ? { heapOpsPerS: heapRate(run.events, resident) } : {};
  console.log(JSON.stringify({ ...run, ...heap }));
}
