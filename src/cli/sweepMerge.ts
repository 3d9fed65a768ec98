/**
 * `npm run -s sweep:merge -- part1.json part2.json … [--format table|csv|json] [--output FILE]`:
 * joins the part files of a sharded sweep (`--shard i/n`) into the table an unsharded run
 * prints. The logic is here as a function of its arguments and a way to read files;
 * `scripts/sweep-merge.ts` wires it to the process.
 */
import { sweepTable } from '../sweeps';
import type { FileAccess } from './loadDocument';
import type { CliPlan } from './runCli';
import { sweepOutput } from './sweepOutput';
import { mergeParts } from './sweepParts';
import { jsonForTerminal, terminalMessage } from './terminalText';

/** Largest part file read, in bytes. */
export const MAX_PART_BYTES = 256 * 1024 * 1024;

export const MERGE_USAGE = `Usage: npm run -s sweep:merge -- <part.json>… [--format table|csv|json] [--output FILE]

  <part.json>       the files written by npm run -s simulate -- … --shard I/N, every shard once
  --format F        table (default): a readable summary; csv; json
  --output FILE     write the result to FILE instead of stdout
  --help            this text`;

const FORMATS = ['table', 'csv', 'json'] as const;

/** The merge as a plan: status, messages and output, as `planCli` gives them. */
export function planMerge(argv: readonly string[], files: FileAccess): CliPlan {
  const said = (exitCode: number, stderr: string, stdout = ''): CliPlan => ({
    exitCode,
    stderr: terminalMessage(stderr),
    output: stdout ? [stdout] : [],
  });
  const names: string[] = [];
  let format: (typeof FORMATS)[number] = 'table';
  let outputPath: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--help' || arg === '-h') return said(0, '', `${MERGE_USAGE}\n`);
    if (!arg.startsWith('--')) {
      names.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq < 0 ? arg : arg.slice(0, eq);
    const value = eq < 0 ? argv[++i] : arg.slice(eq + 1);
    if (name !== '--format' && name !== '--output')
      return said(1, `error: unknown option ${name}\n\n${MERGE_USAGE}\n`);
    if (value === undefined || value === '')
      return said(1, `error: ${name} needs a value\n\n${MERGE_USAGE}\n`);
    if (name === '--output') outputPath = value;
    else if ((FORMATS as readonly string[]).includes(value)) format = value as (typeof FORMATS)[number];
    else return said(1, `error: --format must be table, csv or json, got "${value}"\n\n${MERGE_USAGE}\n`);
  }
  if (names.length === 0) return said(1, `error: no part files given\n\n${MERGE_USAGE}\n`);
  const parts: { name: string; value: unknown }[] = [];
  for (const name of names) {
    let text: string;
    try {
      const size = files.size(name);
      if (size === null) return said(1, `error: no such file: ${name}\n`);
      if (size > MAX_PART_BYTES)
        return said(2, `error: ${name} is ${size} bytes; a part file may be at most ${MAX_PART_BYTES}\n`);
      if (files.readBytes) text = new TextDecoder('utf-8', { fatal: true }).decode(files.readBytes(name));
      else if (files.readText) text = files.readText(name);
      else throw new Error('no way to read files');
    } catch (e) {
      return said(1, `error: cannot read ${name}: ${(e as Error).message}\n`);
    }
    try {
      parts.push({ name, value: JSON.parse(text) });
    } catch (e) {
      return said(2, `error: ${name} is not JSON (${(e as Error).message})\n`);
    }
  }
  const merged = mergeParts(parts);
  if (!merged.ok) return said(2, `error: ${merged.error}\n`);
  const m = merged.merged;
  const table = sweepTable(m.axes, m.points, m.seeds, m.results);
  const words = { title: m.title, nameOf: (id: string) => m.clientNames[id] ?? id };
  const out = sweepOutput(table, words, format);
  const failed = table.failures.length;
  return {
    exitCode: failed > 0 ? 4 : 0,
    stderr: failed > 0 ? terminalMessage(`warning: ${failed} of ${m.results.length} runs failed\n`) : '',
    output: [format === 'json' ? jsonForTerminal(out) : out],
    ...(outputPath === undefined ? {} : { outputPath }),
  };
}
