import type { Scorecard } from '../challenges';
import { formatCost } from '../challenges';
import { terminalLine } from './terminalText';

/** Left-aligned columns with a header row and a rule under it (text from the challenge made terminal-safe). */
function columns(header: string[], unsafeRows: string[][]): string {
  const rows = unsafeRows.map((r) => r.map(terminalLine));
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i]))
      .join('  ')
      .trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

const VERDICT = { passed: 'PASSED', missed: 'MISSED', refused: 'REFUSED' } as const;

/** `npm run -s simulate -- --check … --format table`: the scorecard for a person. */
export function formatScorecard(card: Scorecard, title: string): string {
  const out: string[] = [];
  const stars = `${card.stars} star${card.stars === 1 ? '' : 's'}`;
  out.push(`${terminalLine(title)} (${card.challengeId}): ${VERDICT[card.verdict]}, ${stars}`);
  if (card.verdict === 'refused') {
    out.push('', 'The solution changed parts the challenge locks:');
    for (const r of card.refusals) out.push(`  - ${terminalLine(r)}`);
    return `${out.join('\n')}\n`;
  }
  out.push(`seeds ${card.seeds.join(', ')}`, '');
  out.push(
    columns(
      ['goal', 'result', 'measured (worst seed)', 'seed', 'when it broke'],
      card.goals.map((g) => [
        g.label,
        g.met ? 'met' : 'missed',
        g.measuredText,
        g.seed === null ? '-' : String(g.seed),
        g.moment ?? '-',
      ]),
    ),
  );
  out.push('', `Cost: ${formatCost(card.cost.total)} (budget ${formatCost(card.budget)})`);
  for (const line of card.cost.lines)
    out.push(`  ${terminalLine(line.node)}: ${terminalLine(line.what)}, $${line.perMonth.toFixed(2)}`);
  for (const note of card.notes) out.push(`note: ${terminalLine(note)}`);
  return `${out.join('\n')}\n`;
}
