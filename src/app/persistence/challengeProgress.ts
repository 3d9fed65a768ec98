import {
  CHALLENGE_PROGRESS_KEY,
  readItem,
  type StorageLike,
  type StorageResult,
  writeItem,
} from './storageAccess';

/** What this browser remembers of one challenge. */
export interface ChallengeRecord {
  /** The most stars a check has given (0: tried, never met the goals). */
  stars: 0 | 1 | 2 | 3;
  /** How many times Check was pressed. */
  checks: number;
  /** The cost per month of the design that earned `stars`, when it earned any. */
  bestCostPerMonth?: number;
}

/** Every challenge's record, by challenge id. */
export type ChallengeProgress = Readonly<Record<string, ChallengeRecord>>;

/** The stored form: versioned, so a later build can read an older one. */
interface StoredProgress {
  version: 1;
  challenges: Record<string, ChallengeRecord>;
}

const isStars = (v: unknown): v is ChallengeRecord['stars'] => v === 0 || v === 1 || v === 2 || v === 3;

/** One record from storage, or null when it is not one (junk is skipped, not fatal). */
function readRecord(v: unknown): ChallengeRecord | null {
  if (typeof v !== 'object' || v === null) return null;
  const { stars, checks, bestCostPerMonth } = v as Record<string, unknown>;
  if (!isStars(stars)) return null;
  const record: ChallengeRecord = {
    stars,
    checks: typeof checks === 'number' && Number.isInteger(checks) && checks >= 0 ? checks : 0,
  };
  if (typeof bestCostPerMonth === 'number' && Number.isFinite(bestCostPerMonth))
    record.bestCostPerMonth = bestCostPerMonth;
  return record;
}

/**
 * The progress kept in `storage`: empty when there is none, when storage is blocked, or
 * when what is there cannot be read (progress is a convenience; it never stops the app).
 */
export function readChallengeProgress(storage: StorageLike | null): ChallengeProgress {
  const r = readItem(storage, CHALLENGE_PROGRESS_KEY);
  if (!r.ok || r.value === null) return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(r.value);
  } catch {
    return {};
  }
  const challenges = (parsed as Partial<StoredProgress> | null)?.challenges;
  if (typeof challenges !== 'object' || challenges === null) return {};
  const out: Record<string, ChallengeRecord> = {};
  for (const [id, v] of Object.entries(challenges)) {
    const record = readRecord(v);
    if (record) out[id] = record;
  }
  return out;
}

/**
 * Records one check of challenge `id`: counts it, and keeps the best stars (a worse
 * attempt never takes stars away) with that design's cost. Reads storage afresh first,
 * so progress another tab wrote meanwhile is kept. Answers the new progress, or why it
 * could not be written (full or blocked storage).
 */
export function recordCheck(
  storage: StorageLike | null,
  id: string,
  result: { stars: ChallengeRecord['stars']; costPerMonth: number },
): StorageResult<ChallengeProgress> {
  const progress = { ...readChallengeProgress(storage) };
  const old = progress[id];
  const better = !old || result.stars > old.stars;
  const record: ChallengeRecord = {
    stars: better ? result.stars : old.stars,
    checks: (old?.checks ?? 0) + 1,
  };
  const cost = better && result.stars > 0 ? result.costPerMonth : old?.bestCostPerMonth;
  if (cost !== undefined) record.bestCostPerMonth = cost;
  progress[id] = record;
  const stored: StoredProgress = { version: 1, challenges: progress };
  const w = writeItem(storage, CHALLENGE_PROGRESS_KEY, JSON.stringify(stored));
  return w.ok ? { ok: true, value: progress } : w;
}
