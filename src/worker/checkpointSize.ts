/**
 * A cheap estimate of the memory a checkpoint holds, so the worker can bound the memory of
 * all its checkpoints (runCheckpoints.ts) and not only their number: one checkpoint of a
 * 500-node diagram is a hundred times one of a 5-node diagram.
 *
 * Typed arrays count their bytes; long arrays are sampled (a few evenly spaced elements,
 * scaled up), so the cost stays small however many requests are in flight. Lists that
 * checkpoints share with each other (the series and the log: rows never change once
 * written) count only their slots.
 */

/** Elements of a long array looked at; the rest are assumed alike. */
const SAMPLE = 16;
const SLOT = 8;
const OBJECT = 24;

function estimate(value: unknown, depth: number): number {
  if (value === null || typeof value !== 'object') {
    return typeof value === 'string' ? OBJECT + value.length * 2 : SLOT;
  }
  if (ArrayBuffer.isView(value)) return OBJECT + value.byteLength;
  if (depth > 8) return OBJECT;
  if (Array.isArray(value)) {
    const n = value.length;
    if (n === 0) return OBJECT;
    const step = n > SAMPLE ? n / SAMPLE : 1;
    let sum = 0;
    let looked = 0;
    for (let i = 0; i < n; i += step) {
      sum += estimate(value[Math.floor(i)], depth + 1);
      looked++;
    }
    return OBJECT + n * SLOT + (sum / looked) * n;
  }
  let sum = OBJECT;
  for (const key of Object.keys(value))
    sum += SLOT + estimate((value as Record<string, unknown>)[key], depth + 1);
  return sum;
}

/** Estimated bytes held by `checkpoint` alone (shared `series` and `log` lists count their slots only). */
export function checkpointBytes(checkpoint: Record<string, unknown>): number {
  let sum = OBJECT;
  for (const [key, value] of Object.entries(checkpoint)) {
    if ((key === 'series' || key === 'log') && Array.isArray(value)) sum += OBJECT + value.length * SLOT;
    else sum += SLOT + estimate(value, 0);
  }
  return sum;
}
