/**
 * Runs the bench's one-service diagram once (60 simulated seconds, long enough for V8 to
 * compile the engine's hot path), prints `--- second run`, builds a second simulation of it
 * and runs one second, then prints `--- done`. Run under `node --trace-deopt`, the lines
 * between the two markers say whether building the second run threw compiled code away
 * (src/sim/simulation.ts, contextOfRun): scripts/secondRun.test.ts reads them.
 */
import { createSimulation } from '../../src/sim';
import { parsed } from './measure';
import { singleService } from './singleService';

const doc = parsed(singleService(60));
createSimulation(doc, { trackTransfers: false }).runToEnd();
console.log('--- second run');
createSimulation(doc, { trackTransfers: false }).runUntil(1000);
console.log('--- done');
