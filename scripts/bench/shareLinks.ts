import { CURRENT_LINK_CODEC, decode, encodeShareLink, type FaultlineDocument } from '../../src/model';
import { BUILT_IN_SCENARIOS } from '../../src/scenarios';
import { generateMesh } from './generateMesh';
import { parsed } from './measure';

/** Mean milliseconds of `fn` over enough repetitions to last about 200 ms. */
function timeMs(fn: () => unknown): number {
  fn();
  let reps = 1;
  for (;;) {
    const start = performance.now();
    for (let i = 0; i < reps; i++) fn();
    const elapsed = performance.now() - start;
    if (elapsed > 200 || reps >= 1 << 20) return elapsed / reps;
    reps *= 4;
  }
}

function codecFigures(name: string, doc: FaultlineDocument): string {
  const link = encodeShareLink(doc);
  const decoded = decode(link, 'link');
  const encodeMs = timeMs(() => encodeShareLink(doc));
  const decodeMs = timeMs(() => decode(link, 'link'));
  return `  ${name.padEnd(36)} ${String(link.length).padStart(6)} chars  encode ${encodeMs.toFixed(3)} ms  decode ${decodeMs.toFixed(3)} ms${decoded.ok ? '' : '  (DOES NOT DECODE)'}`;
}

/**
 * Share-link figures (docs/performance.md): encode and decode time, and every built-in
 * scenario's link length.
 */
export function shareLinkSection(): void {
  console.log(`Share links (#d=${CURRENT_LINK_CODEC}.<payload>): length, encode and decode time`);
  for (const s of BUILT_IN_SCENARIOS) console.log(codecFigures(s.id, parsed(s.document)));
  for (const services of [25, 50]) {
    const doc = parsed(generateMesh({ services, rate: 1000, durationS: 60, seed: 7 }));
    console.log(codecFigures(`generated mesh, ${services} services`, doc));
  }
}
