/**
 * What a seed run came to, ready to show: one line per client ("checkout success 82.8 %
 * (80.1–85.2 across 20 seeds)"), the collapse verdicts that split, and each client's bands
 * as chart columns. The figures come from src/sweeps (docs/sweeps.md); this only arranges
 * them for the panel.
 */
import {
  type BandMeasure,
  bandsOf,
  clientOutcomeId,
  collapseVerdicts,
  outcomeInfo,
  type RunOutcomes,
  spreadLine,
  spreadOf,
} from '../../sweeps';

/** A band chart's columns: one value per second, null where no run measured anything. */
export interface BandColumns {
  x: number[];
  min: (number | null)[];
  p10: (number | null)[];
  median: (number | null)[];
  p90: (number | null)[];
  max: (number | null)[];
}

/** `count` seeds from `first` on, wrapping past the largest seed a document holds to 0. */
export function seedsFrom(first: number, count: number): number[] {
  return Array.from({ length: count }, (_, i) => (first + i) % 0x1_0000_0000);
}

/** The clients of the runs, in the order the first run lists them. */
export function clientsOf(runs: readonly RunOutcomes[]): string[] {
  const ids = new Set<string>();
  for (const run of runs)
    for (const id of Object.keys(run.values)) {
      const m = /^client\.(.+)\.success$/.exec(id);
      if (m) ids.add(m[1]);
    }
  return [...ids];
}

/** One client's bands of `measure` as chart columns; success in %, latency in ms. */
export function bandColumns(runs: readonly RunOutcomes[], client: string, measure: BandMeasure): BandColumns {
  const scale = measure === 'success' ? 100 : 1;
  const points = bandsOf(
    runs.map((r) => r.series),
    client,
    measure,
  );
  const pick = (key: 'min' | 'p10' | 'median' | 'p90' | 'max') =>
    points.map((p) => (p.spread ? p.spread[key] * scale : null));
  return {
    x: points.map((p) => p.t),
    min: pick('min'),
    p10: pick('p10'),
    median: pick('median'),
    p90: pick('p90'),
    max: pick('max'),
  };
}

/**
 * Per client: its success line, and its collapse verdict when it collapsed in some seed —
 * "collapses in 7 of 20 seeds" when outcomes split, "collapses in every seed (20)" — or
 * null when it never did.
 */
export function seedLines(
  runs: readonly RunOutcomes[],
  nameOf: (client: string) => string,
): { client: string; line: string; verdict: string | null }[] {
  const clients = clientsOf(runs);
  const verdicts = collapseVerdicts(runs, clients);
  return clients.flatMap((client, i) => {
    const id = clientOutcomeId(client, 'success');
    const info = outcomeInfo(id, nameOf);
    const spread = spreadOf(runs.map((r) => r.values[id] ?? Number.NaN));
    if (!info || !spread) return [];
    return [
      {
        client,
        line: spreadLine(info, spread),
        verdict: verdicts[i].collapsed > 0 ? verdicts[i].text : null,
      },
    ];
  });
}
