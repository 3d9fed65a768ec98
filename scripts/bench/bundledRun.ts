/**
 * The engine as the browser runs it, for `npm run bench` (scripts/bench/bundled.ts bundles
 * this file into one script first): a 20 s run of the bench's one-service diagram to warm the
 * JIT up, then a timed run of FAULTLINE_SECONDS simulated seconds, printed as JSON.
 */
import { engineRate, parsed } from './measure';
import { singleService } from './singleService';

engineRate(parsed(singleService(20)));
const seconds = Number(process.env.FAULTLINE_SECONDS ?? 300);
console.log(JSON.stringify(engineRate(parsed(singleService(seconds)))));
