/**
 * The tipping point of a one-parameter sweep: between which two neighbouring values an
 * outcome changes most. Changes are per step of the sweep (neighbouring rows), so on a log
 * sweep they are per step of the log scale, as the chart draws them.
 */

import type { SweepTable } from './resultTable';
import type { Spread } from './spread';

/** Which figure of the spread the tipping point follows. */
export type TippingStat = keyof Omit<Spread, 'n'>;

/** Where an outcome changes fastest. */
export interface TippingPoint {
  /** Index of the row before the change (the change is between it and the next row). */
  row: number;
  /** The parameter's values on either side. */
  between: [number, number];
  /** The outcome's figure on either side. */
  outcome: [number, number];
  /** outcome[1] − outcome[0]. */
  change: number;
}

/**
 * The largest change of `outcomeId`'s `stat` (median by default) between neighbouring rows
 * of a one-axis sweep; the first one on ties. Null for a grid, fewer than two measured rows,
 * or an outcome that never changes.
 */
export function tippingPoint(
  table: SweepTable,
  outcomeId: string,
  stat: TippingStat = 'median',
): TippingPoint | null {
  if (table.axes.length !== 1) return null;
  let best: TippingPoint | null = null;
  for (let i = 0; i + 1 < table.rows.length; i++) {
    const a = table.rows[i].outcomes[outcomeId];
    const b = table.rows[i + 1].outcomes[outcomeId];
    if (!a || !b) continue;
    const change = b[stat] - a[stat];
    if (change !== 0 && (best === null || Math.abs(change) > Math.abs(best.change))) {
      best = {
        row: i,
        between: [table.rows[i].values[0], table.rows[i + 1].values[0]],
        outcome: [a[stat], b[stat]],
        change,
      };
    }
  }
  return best;
}
