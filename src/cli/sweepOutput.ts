/**
 * A seed run's or a sweep's result as the command line prints it: a readable table, CSV or
 * JSON. Text from the document (the title, labels) is made terminal-safe.
 */
import type { FaultlineDocument } from '../model';
import {
  formatOutcomeValue,
  formatSeedList,
  type OutcomeInfo,
  outcomeInfo,
  type Spread,
  type SweepTable,
  spreadLine,
  type TippingPoint,
  tableCsv,
  tippingPoint,
  verdictText,
} from '../sweeps';
import { table as textTable } from './formatTable';
import { terminalLine } from './terminalText';

/** How the result is named: the document's title and each client's label. */
export interface ResultWords {
  title: string;
  nameOf: (id: string) => string;
}

/** The words of a document: its title and its nodes' labels. */
export function wordsOf(doc: FaultlineDocument): ResultWords {
  const labels = new Map(doc.nodes.map((n) => [n.id, n.label || n.id]));
  return { title: doc.title, nameOf: (id) => labels.get(id) ?? id };
}

/** Every per-client success outcome's tipping point, on a one-parameter sweep. */
export function tippingPoints(table: SweepTable): Record<string, TippingPoint | null> {
  if (table.axes.length !== 1) return {};
  const out: Record<string, TippingPoint | null> = {};
  for (const id of table.outcomeIds) out[id] = tippingPoint(table, id);
  return out;
}

function cell(spread: Spread | null, unit: OutcomeInfo['unit']): string {
  if (!spread) return '-';
  const f = (v: number) => formatOutcomeValue(v, unit);
  if (spread.min === spread.max) return f(spread.mean);
  return `${f(spread.mean)} (${f(spread.min)}–${f(spread.max)})`;
}

function unitWord(unit: OutcomeInfo['unit']): string {
  return unit === 'messages' ? '' : ` (${unit})`;
}

/** The readable form: a heading, then the spread lines (seed run) or one row per value (sweep). */
export function sweepText(table: SweepTable, words: ResultWords): string {
  const out: string[] = [];
  const runs = table.rows.reduce((n, r) => n + r.runs + r.failed, 0);
  const failed = table.rows.reduce((n, r) => n + r.failed, 0);
  const seeds = `${table.seeds.length} seed${table.seeds.length === 1 ? '' : 's'} (${formatSeedList(table.seeds)})`;
  const title = words.title ? `${terminalLine(words.title)}: ` : '';
  if (table.axes.length === 0) {
    out.push(`${title}${seeds}, ${failed} failed`);
    const row = table.rows[0];
    for (const id of table.outcomeIds) {
      const info = outcomeInfo(id, words.nameOf);
      const spread = row.outcomes[id];
      // The cost is the diagram's, the same for every seed: a line of its own only in a sweep.
      if (info && spread && info.kind !== 'cost') out.push(terminalLine(spreadLine(info, spread)));
    }
    for (const c of table.clients) {
      out.push(terminalLine(`${words.nameOf(c)}: ${verdictText(row.collapses[c], row.runs)}`));
    }
  } else {
    const what = table.axes.map((a) => `${terminalLine(a.label)} (${a.path})`).join(' × ');
    out.push(
      `${title}sweep of ${what}: ${table.rows.length} points × ${seeds} = ${runs} runs, ${failed} failed`,
    );
    out.push('Each outcome: mean over the seeds (min–max)');
    const infos = table.outcomeIds.map((id) => outcomeInfo(id, words.nameOf));
    const header = [
      ...table.axes.map(
        (a) => `${a.path.split('.').slice(2).join('.') || a.path}${a.unit ? ` (${a.unit})` : ''}`,
      ),
      'runs',
      ...infos.map((info, i) => (info ? `${info.label}${unitWord(info.unit)}` : table.outcomeIds[i])),
      ...table.clients.map((c) => `${words.nameOf(c)} collapses`),
    ].map(terminalLine);
    const rows = table.rows.map((r) => [
      ...r.values.map(String),
      r.failed > 0 ? `${r.runs} (+${r.failed} failed)` : String(r.runs),
      ...table.outcomeIds.map((id, i) => cell(r.outcomes[id], infos[i]?.unit ?? 'messages')),
      ...table.clients.map((c) => `${r.collapses[c]}/${r.runs}`),
    ]);
    out.push(textTable(header, rows));
    const tips = tippingPoints(table);
    for (const id of table.outcomeIds) {
      const info = outcomeInfo(id, words.nameOf);
      const tip = tips[id];
      if (!info || !tip || info.kind !== 'success') continue;
      const f = (v: number) => formatOutcomeValue(v, info.unit);
      const unit = info.unit === 'messages' ? '' : ` ${info.unit}`;
      out.push(
        terminalLine(
          `tipping point: ${info.label} changes most between ${tip.between[0]} and ${tip.between[1]} (median ${f(tip.outcome[0])}${unit} → ${f(tip.outcome[1])}${unit})`,
        ),
      );
    }
  }
  for (const f of table.failures.slice(0, 20)) {
    const at = table.axes.map((a, i) => `${a.path} = ${table.rows[f.point]?.values[i]}`).join(', ');
    out.push(terminalLine(`failed: seed ${f.seed}${at ? ` at ${at}` : ''}: ${f.error}`));
  }
  if (table.failures.length > 20) out.push(`… and ${table.failures.length - 20} more failed runs`);
  return `${out.join('\n')}\n`;
}

/** The JSON form: the whole table, and on a one-parameter sweep each outcome's tipping point. */
export function sweepJson(table: SweepTable, words: ResultWords): string {
  const tips = tippingPoints(table);
  const body = { title: words.title, ...table, ...(table.axes.length === 1 ? { tippingPoints: tips } : {}) };
  return `${JSON.stringify(body, null, 2)}\n`;
}

/** The result in `format`. */
export function sweepOutput(table: SweepTable, words: ResultWords, format: 'json' | 'table' | 'csv'): string {
  if (format === 'csv') return tableCsv(table);
  if (format === 'json') return sweepJson(table, words);
  return sweepText(table, words);
}
