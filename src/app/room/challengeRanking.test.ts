import { describe, expect, it } from 'vitest';
import { type CardRank, cardRank, rankByScorecard } from './challengeRanking';

const rank = (goalsMet: number, stars: number, cost: number, refused = false): CardRank => ({
  goalsMet,
  goals: 3,
  stars,
  cost,
  refused,
});

describe('rankByScorecard', () => {
  it('ranks by goals met, then stars, then the cheaper', () => {
    const rows = [
      { name: 'two goals', rank: rank(2, 0, 100) },
      { name: 'three goals, 2 stars', rank: rank(3, 2, 300) },
      { name: 'three goals, 3 stars, dear', rank: rank(3, 3, 500) },
      { name: 'three goals, 3 stars, cheap', rank: rank(3, 3, 200) },
    ];
    expect(rankByScorecard(rows).map((r) => r.name)).toEqual([
      'three goals, 3 stars, cheap',
      'three goals, 3 stars, dear',
      'three goals, 2 stars',
      'two goals',
    ]);
  });

  it('puts a refused solution after graded ones and unchecked rows last; ties keep arrival order', () => {
    const rows = [
      { name: 'checking', rank: null },
      { name: 'refused', rank: rank(0, 0, 10, true) },
      { name: 'first', rank: rank(0, 0, 100) },
      { name: 'second', rank: rank(0, 0, 100) },
    ];
    expect(rankByScorecard(rows).map((r) => r.name)).toEqual(['first', 'second', 'refused', 'checking']);
  });
});

describe('cardRank', () => {
  it('counts the goals met, and a refused card meets none', () => {
    const goals = [{ met: true }, { met: false }, { met: true }] as never;
    expect(cardRank({ verdict: 'missed', goals, stars: 0, cost: { total: 42, lines: [] } })).toEqual({
      goalsMet: 2,
      goals: 3,
      stars: 0,
      cost: 42,
      refused: false,
    });
    expect(
      cardRank({ verdict: 'refused', goals: [], stars: 0, cost: { total: 42, lines: [] } }).refused,
    ).toBe(true);
  });
});
