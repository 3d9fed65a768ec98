/**
 * The campaign holds up: every challenge parses, its start misses its goals (no level is
 * already won) and its reference solution passes the tamper check and meets every goal for
 * the challenge's seeds and two more (no level is unwinnable).
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../model';
import { CAMPAIGN } from './campaign';
import { REFERENCE_SOLUTIONS } from './campaign/referenceSolutions';
import { checkChallenge } from './check';
import { lockedPartsDiffer } from './locked';
import { parseChallenge } from './parseChallenge';

const EXTRA_SEEDS = [101, 202];

describe.each(CAMPAIGN.map((c) => [c.id, c] as const))('challenge %s', (_id, challenge) => {
  const parsed = parseChallenge(challenge);
  it('is a valid challenge', () => {
    expect(parsed.ok ? [] : parsed.errors).toEqual([]);
  });
  if (!parsed.ok) return;
  const { start } = parsed;

  it('its start misses its goals', () => {
    const card = checkChallenge(challenge, start, { start });
    expect(card.verdict).toBe('missed');
    const missed = card.goals.filter((g) => !g.met);
    expect(missed.length).toBeGreaterThan(0);
  });

  it("its reference solution meets every goal for the challenge's seeds and two more", () => {
    const reference = parseDocument(REFERENCE_SOLUTIONS[challenge.id]);
    expect(reference.ok).toBe(true);
    if (!reference.ok) return;
    expect(lockedPartsDiffer(challenge, reference.doc, start)).toEqual([]);
    const card = checkChallenge(challenge, reference.doc, {
      start,
      seeds: [...challenge.seeds, ...EXTRA_SEEDS],
    });
    expect(
      card.goals.filter((g) => !g.met).map((g) => `${g.label}: ${g.measuredText} (seed ${g.seed})`),
    ).toEqual([]);
    expect(card.verdict).toBe('passed');
    expect(card.stars).toBeGreaterThanOrEqual(1);
  });
});
