/**
 * `npm run bench`: engine speed and memory figures (docs/performance.md, "Running the
 * benches"). Prints figures only; it asserts nothing, since wall-clock timings on a shared
 * machine are not test material.
 */
import { bundledEngineRuns, spread } from './bench/bundled';
import { heapRate as bareHeapRate } from './bench/eventHeap';
import { generateMesh } from './bench/generateMesh';
import { collectGarbage, engineRate, memoryProfile, parsed, residentEvents } from './bench/measure';
import { shareLinkSection } from './bench/shareLinks';
import { singleService } from './bench/singleService';

const fmt = (n: number) => Math.round(n).toLocaleString('en-US');

/** Fresh processes for the bundled engine's line: FAULTLINE_BUNDLED_RUNS, 7 unless set. */
const BUNDLED_RUNS = Math.max(1, Number(process.env.FAULTLINE_BUNDLED_RUNS ?? 7) || 7);

function heapRate(operations: number, resident: number): number {
  collectGarbage();
  return bareHeapRate(operations, resident);
}

function main() {
  console.log(
    `Faultline benchmark — node ${process.version}, gc ${collectGarbage() ? 'exposed' : 'NOT exposed'}\n`,
  );

  // Warm-up run so the JIT has compiled the engine before anything is timed.
  engineRate(parsed(singleService(20)));

  const single = engineRate(parsed(singleService(300)));
  // The bare heap holds as many entries as the engine's heap really does over the run
  // (sampled from its checkpoints), not one per request in flight.
  const singleResident = residentEvents(parsed(singleService(300)), 300);
  const singleHeap = heapRate(single.events, Math.max(1, Math.round(singleResident.mean)));
  console.log('Engine, 1,000 req/s Poisson → 1 service × 20 workers, 300 s simulated');
  console.log(
    `  ${fmt(single.events)} events in ${single.seconds.toFixed(2)} s: ${fmt(single.eventsPerS)} events/s (${single.status})`,
  );
  console.log(
    `  engine heap: ${singleResident.mean.toFixed(1)} events on average, ${singleResident.max} at most (100 samples)`,
  );
  console.log(
    `  bare heap push/pop, same count, ${Math.round(singleResident.mean)} resident: ${fmt(singleHeap)} ops/s`,
  );
  console.log(`  engine / bare heap: ${(single.eventsPerS / singleHeap).toFixed(3)}`);
  // Above, tsx loads the engine module by module; the browser runs it bundled into one script.
  // Several fresh processes, each timing a bare heap of the same size right after its run.
  const runs = bundledEngineRuns(300, BUNDLED_RUNS, Math.max(1, Math.round(singleResident.mean)), true);
  const rate = spread(runs.map((r) => r.eventsPerS));
  const ratio = spread(runs.map((r) => r.eventsPerS / (r.heapOpsPerS ?? Number.NaN)));
  const m = (n: number) => `${(n / 1e6).toFixed(2)} M`;
  console.log(
    `  the engine bundled into one script, as the browser's worker loads it, ${runs.length} fresh processes: best ${m(rate.max)}, median ${m(rate.median)}, slowest ${m(rate.min)} events/s`,
  );
  console.log(
    `  engine / bare heap timed in the same process: median ${ratio.median.toFixed(3)} (${ratio.min.toFixed(3)}–${ratio.max.toFixed(3)})`,
  );
  // The floor: this case simulated with nothing else, each run right after the engine's.
  const floor = spread(runs.map((r) => r.floorEventsPerS ?? Number.NaN));
  const toFloor = spread(runs.map((r) => r.eventsPerS / (r.floorEventsPerS ?? Number.NaN)));
  console.log(
    `  the floor (the same case with nothing else, scripts/bench/floor.ts), each after an engine run: best ${m(floor.max)}, median ${m(floor.median)}, slowest ${m(floor.min)} events/s`,
  );
  console.log(
    `  engine / floor, run by run: median ${toFloor.median.toFixed(3)} (${toFloor.min.toFixed(3)}–${toFloor.max.toFixed(3)})\n`,
  );

  const meshDoc = generateMesh({ services: 50, rate: 1000, durationS: 60, seed: 7 });
  const mesh = engineRate(parsed(meshDoc));
  const meshResident = residentEvents(parsed(meshDoc), 60);
  const meshHeap = heapRate(mesh.events, Math.max(1, Math.round(meshResident.mean)));
  console.log(
    `Engine, generated mesh: ${meshDoc.nodes.length} nodes (50 services), ${meshDoc.edges.length} edges, 1,000 req/s, 60 s simulated`,
  );
  console.log(
    `  ${fmt(mesh.events)} events in ${mesh.seconds.toFixed(2)} s: ${fmt(mesh.eventsPerS)} events/s (${mesh.status})`,
  );
  console.log(
    `  engine heap: ${meshResident.mean.toFixed(1)} events on average, ${meshResident.max} at most (100 samples)`,
  );
  console.log(
    `  bare heap push/pop, same count, ${Math.round(meshResident.mean)} resident: ${fmt(meshHeap)} ops/s`,
  );
  console.log(`  engine / bare heap: ${(mesh.eventsPerS / meshHeap).toFixed(3)}\n`);

  console.log(
    'Memory while running (one service, 1,000 req/s): live heap after a full GC at each of ~60 steps, and process RSS',
  );
  for (const durationS of [60, 600]) {
    const m = memoryProfile(parsed(singleService(durationS)), durationS);
    console.log(
      `  ${String(durationS).padStart(4)} s simulated: live heap peak ${m.peakMB.toFixed(1)} MB, RSS peak ${m.peakRssMB.toFixed(1)} MB; first step ${m.firstMB.toFixed(1)} MB, last ${m.lastMB.toFixed(1)} MB (before the run ${m.beforeMB.toFixed(1)} MB; ${m.samples} samples, ${fmt(m.events)} events)`,
    );
  }
  console.log('');
  shareLinkSection();
}

main();
