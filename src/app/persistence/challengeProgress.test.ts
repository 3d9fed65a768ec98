import { describe, expect, it } from 'vitest';
import { readChallengeProgress, recordCheck } from './challengeProgress';
import { memoryStorage } from './memoryStorage';
import { CHALLENGE_PROGRESS_KEY } from './storageAccess';

describe('challenge progress', () => {
  it('starts empty, and reads back what was recorded', () => {
    const storage = memoryStorage();
    expect(readChallengeProgress(storage)).toEqual({});
    const r = recordCheck(storage, 'redeploy', { stars: 2, costPerMonth: 412 });
    expect(r).toEqual({ ok: true, value: { redeploy: { stars: 2, checks: 1, bestCostPerMonth: 412 } } });
    expect(readChallengeProgress(storage)).toEqual({
      redeploy: { stars: 2, checks: 1, bestCostPerMonth: 412 },
    });
  });

  it('keeps the best stars: a worse check counts but takes nothing away', () => {
    const storage = memoryStorage();
    recordCheck(storage, 'redeploy', { stars: 3, costPerMonth: 200 });
    recordCheck(storage, 'redeploy', { stars: 0, costPerMonth: 90 });
    recordCheck(storage, 'redeploy', { stars: 1, costPerMonth: 900 });
    expect(readChallengeProgress(storage).redeploy).toEqual({ stars: 3, checks: 3, bestCostPerMonth: 200 });
  });

  it('a failed first check is recorded with no stars and no cost', () => {
    const storage = memoryStorage();
    recordCheck(storage, 'breaker', { stars: 0, costPerMonth: 90 });
    expect(readChallengeProgress(storage)).toEqual({ breaker: { stars: 0, checks: 1 } });
  });

  it('keeps what another tab recorded meanwhile', () => {
    const storage = memoryStorage();
    recordCheck(storage, 'a', { stars: 1, costPerMonth: 1 });
    storage.setItem(
      CHALLENGE_PROGRESS_KEY,
      JSON.stringify({ version: 1, challenges: { a: { stars: 1, checks: 1 }, b: { stars: 2, checks: 4 } } }),
    );
    recordCheck(storage, 'a', { stars: 1, costPerMonth: 1 });
    expect(readChallengeProgress(storage).b).toEqual({ stars: 2, checks: 4 });
  });

  it('reads damaged or foreign data as no progress, skipping only the bad records', () => {
    expect(readChallengeProgress(memoryStorage({ [CHALLENGE_PROGRESS_KEY]: '{not json' }))).toEqual({});
    expect(readChallengeProgress(memoryStorage({ [CHALLENGE_PROGRESS_KEY]: 'null' }))).toEqual({});
    const mixed = JSON.stringify({
      version: 1,
      challenges: { ok: { stars: 3, checks: 2 }, bad: { stars: 7 } },
    });
    expect(readChallengeProgress(memoryStorage({ [CHALLENGE_PROGRESS_KEY]: mixed }))).toEqual({
      ok: { stars: 3, checks: 2 },
    });
    expect(readChallengeProgress(null)).toEqual({});
  });

  it('says why when storage is full, leaving what was kept as it was', () => {
    const storage = memoryStorage();
    recordCheck(storage, 'a', { stars: 1, costPerMonth: 5 });
    storage.failWith = new DOMException('full', 'QuotaExceededError');
    const r = recordCheck(storage, 'a', { stars: 3, costPerMonth: 5 });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.failure).toBe('full');
    expect(readChallengeProgress(storage).a.stars).toBe(1);
  });
});
