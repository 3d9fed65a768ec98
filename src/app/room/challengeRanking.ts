import type { Scorecard } from '../../challenges/scorecard';

/** The scorecard's summary the board ranks challenge submissions by. */
export interface CardRank {
  goalsMet: number;
  goals: number;
  stars: number;
  /** Dollars per month. */
  cost: number;
  refused: boolean;
}

/** The parts of a scorecard that rank it: goals met, stars, cost (a refused card meets nothing). */
export function cardRank(card: Pick<Scorecard, 'verdict' | 'goals' | 'stars' | 'cost'>): CardRank {
  const refused = card.verdict === 'refused';
  return {
    goalsMet: refused ? 0 : card.goals.filter((g) => g.met).length,
    goals: card.goals.length,
    stars: refused ? 0 : card.stars,
    cost: card.cost.total,
    refused,
  };
}

/**
 * Best first by the engine's scorecard: more goals met, then more stars, then the cheaper;
 * a refused solution after every graded one; rows still being checked last; ties keep the
 * order of arrival.
 */
export function rankByScorecard<T extends { rank: CardRank | null }>(rows: readonly T[]): T[] {
  return rows
    .map((row, i) => ({ row, i }))
    .sort((a, b) => {
      const ra = a.row.rank;
      const rb = b.row.rank;
      if (!ra || !rb) return ra ? -1 : rb ? 1 : a.i - b.i;
      return (
        Number(ra.refused) - Number(rb.refused) ||
        rb.goalsMet - ra.goalsMet ||
        rb.stars - ra.stars ||
        ra.cost - rb.cost ||
        a.i - b.i
      );
    })
    .map(({ row }) => row);
}
