/**
 * A cold run to the end of the bench's one-service case, as the first run of a fresh process
 * (no warm-up): built, run and reported, the way the browser's worker does its first run
 * (`npm run bench:ui`'s "Run to end" pairs the two). Bundled into one file by the bench, as
 * the worker's script is. Prints the wall ms as JSON.
 */
import { createSimulation } from '../../src/sim';
import { parsed } from './measure';
import { singleService } from './singleService';

const doc = parsed(singleService(Number(process.env.FAULTLINE_SECONDS ?? 300)));
const start = performance.now();
const sim = createSimulation(doc, { trackTransfers: false });
sim.runToEnd();
const events = sim.report().events;
console.log(JSON.stringify({ ms: performance.now() - start, events }));
