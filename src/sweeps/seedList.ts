/**
 * Seed lists: which seeds a seed run or a sweep runs, written as `1..100`, `1,2,5` or a mix
 * (`1..10,42`). Parsing never throws; a refusal names the part that is wrong.
 */
import { LIMITS } from '../model';

/** The most seeds one list may hold (a sweep multiplies them by its values). */
export const MAX_SEEDS = 10_000;

export type SeedListResult = { ok: true; seeds: number[] } | { ok: false; error: string };

const WHOLE = /^\d+$/;

function seedOf(raw: string, part: string): number | string {
  if (!WHOLE.test(raw) || Number(raw) > LIMITS.seed)
    return `seed "${raw}" in "${part}" must be a whole number from 0 to ${LIMITS.seed}`;
  return Number(raw);
}

/**
 * Reads a seed list: comma-separated parts, each a seed (`7`) or an inclusive range
 * (`1..100`). Seeds keep the order written; a seed listed twice is refused (it would count
 * one run twice in the spread).
 */
export function parseSeedList(text: string): SeedListResult {
  const trimmed = text.trim();
  if (trimmed === '')
    return { ok: false, error: 'the seed list is empty: write seeds such as 1..20 or 1,2,5' };
  const seeds: number[] = [];
  const seen = new Set<number>();
  for (const rawPart of trimmed.split(',')) {
    const part = rawPart.trim();
    if (part === '')
      return { ok: false, error: `the seed list "${trimmed}" has an empty part between commas` };
    const range = /^(.*?)\.\.(.*)$/.exec(part);
    let from: number;
    let to: number;
    if (range) {
      const a = seedOf(range[1].trim(), part);
      if (typeof a === 'string') return { ok: false, error: a };
      const b = seedOf(range[2].trim(), part);
      if (typeof b === 'string') return { ok: false, error: b };
      if (b < a)
        return { ok: false, error: `the range "${part}" runs backwards: write the smaller seed first` };
      from = a;
      to = b;
    } else {
      const s = seedOf(part, part);
      if (typeof s === 'string') return { ok: false, error: s };
      from = s;
      to = s;
    }
    if (seeds.length + (to - from + 1) > MAX_SEEDS)
      return { ok: false, error: `the seed list "${trimmed}" holds more than ${MAX_SEEDS} seeds` };
    for (let s = from; s <= to; s++) {
      if (seen.has(s)) return { ok: false, error: `seed ${s} is listed twice in "${trimmed}"` };
      seen.add(s);
      seeds.push(s);
    }
  }
  return { ok: true, seeds };
}

/** The shortest text `parseSeedList` reads back as `seeds` (runs of consecutive seeds as ranges). */
export function formatSeedList(seeds: readonly number[]): string {
  const parts: string[] = [];
  for (let i = 0; i < seeds.length; ) {
    let j = i;
    while (j + 1 < seeds.length && seeds[j + 1] === seeds[j] + 1) j++;
    parts.push(j - i >= 2 ? `${seeds[i]}..${seeds[j]}` : seeds.slice(i, j + 1).join(','));
    i = j + 1;
  }
  return parts.join(',');
}
