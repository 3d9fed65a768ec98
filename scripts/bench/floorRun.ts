/**
 * The floor (floor.ts) as a script of its own, run in a fresh process by `npm run bench`
 * (bundled.ts) beside the engine's: a 20 s run warms the JIT up, then FAULTLINE_SECONDS are
 * timed and printed as JSON in the engine's figures (events, seconds, events per second).
 */
import { runFloor } from './floor';

runFloor(20);
const seconds = Number(process.env.FAULTLINE_SECONDS ?? 0);
if (seconds > 0) {
  const start = performance.now();
  const events = runFloor(seconds);
  const elapsed = (performance.now() - start) / 1000;
  console.log(JSON.stringify({ events, seconds: elapsed, eventsPerS: events / elapsed, status: 'finished' }));
}
