/**
 * `npm run bench`: engine speed and memory figures (docs/performance.md, "Running the
 * benches"). Prints figures only; it asserts nothing, since wall-clock timings on a shared
 * machine are not test material.
 */
import { bundledEngineRate } from './bench/bundled';
import { heapLoop } from './bench/eventHeap';
import { generateMesh } from './bench/generateMesh';
import { collectGarbage, engineRate, memoryProfile, parsed, residentEvents } from './bench/measure';
import { shareLinkSection } from './bench/shareLinks';
import { singleService } from './bench/singleService';

const fmt = (n: number) => Math.round(n).toLocaleString('en-US');

function heapRate(operations: number, resident: number): number {
  collectGarbage();
  heapLoop(Math.min(operations, 200_000), resident); // warm up the JIT like the engine's first seconds
  const start = performance.now();
  const checksum = heapLoop(operations, resident);
  const seconds = (performance.now() - start) / 1000;
  if (checksum === 0x7fffffff) console.log(''); // keeps the loop's result alive
  return operations / seconds;
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
  const bundled = bundledEngineRate(300);
  console.log(
    `  the engine bundled into one script, as the browser's worker loads it (a fresh process): ${fmt(bundled.eventsPerS)} events/s\n`,
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
