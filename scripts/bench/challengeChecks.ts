/**
 * `npx tsx scripts/bench/challengeChecks.ts`: how long checking each campaign level takes
 * headless (its seeds, one thread), for the start and the reference solution, best of three.
 * Prints figures only (docs/challenges.md, "The campaign"): the hardest level must check in
 * well under two seconds in the browser.
 */
import { CAMPAIGN, checkChallenge, startOf } from '../../src/challenges';
import { REFERENCE_SOLUTIONS } from '../../src/challenges/campaign/referenceSolutions';
import { parseDocument } from '../../src/model';
import { simulate } from '../../src/sim';

function bestOf(times: number, run: () => void): number {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < times; i++) {
    const t = performance.now();
    run();
    best = Math.min(best, performance.now() - t);
  }
  return best;
}

console.log('level                 seeds  events/seed (start, ref)  check ms (start, ref)');
for (const challenge of CAMPAIGN) {
  const start = startOf(challenge);
  const reference = parseDocument(REFERENCE_SOLUTIONS[challenge.id]);
  if (!reference.ok) throw new Error(`${challenge.id}: the reference does not parse`);
  const events = [start, reference.doc].map((d) => simulate(d, { trackTransfers: false }).events);
  const ms = [start, reference.doc].map((d) => bestOf(3, () => checkChallenge(challenge, d, { start })));
  console.log(
    `${challenge.id.padEnd(22)}${String(challenge.seeds.length).padStart(5)}  ${events.map((e) => String(e).padStart(7)).join(', ')}             ${ms.map((m) => m.toFixed(0).padStart(5)).join(', ')}`,
  );
}
