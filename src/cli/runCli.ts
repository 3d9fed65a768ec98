import type { FaultlineDocument } from '../model';
import { simulate } from '../sim';
import type { SimOptions } from '../sim/api';
import type { Report } from '../sim/report';
import { parseArgs, USAGE } from './args';
import { formatTable } from './formatTable';
import { type FileAccess, loadDocument, scenarioList } from './loadDocument';

/** Exit statuses of `npm run simulate` (docs/cli.md). */
export const EXIT = {
  ok: 0,
  /** Bad arguments, unknown scenario id, missing file. */
  usage: 1,
  /** Not a valid document: too large, not JSON, or field-level errors. */
  invalidDocument: 2,
  /** The run stopped at a guard-rail limit; the partial report is still printed. */
  stoppedAtLimit: 3,
  /** The engine threw: a bug, reported on stderr. */
  engineError: 4,
} as const;

export interface CliResult {
  exitCode: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs a parsed document exactly as the command line does. The validation tests and
 * the benchmark call this, so what they check is what users run.
 */
export function simulateDocument(doc: FaultlineDocument, options: SimOptions = {}): Report {
  // Nothing draws the run here: keeping transfers for frames would only cost time.
  return simulate(doc, { trackTransfers: false, ...options });
}

/**
 * The whole command line as a function of its arguments and a way to read files:
 * `scripts/simulate.ts` only wires it to process.argv, node:fs and the exit status.
 */
export function runCli(argv: readonly string[], files: FileAccess): CliResult {
  const parsed = parseArgs(argv);
  if (!parsed.ok) return { exitCode: EXIT.usage, stdout: '', stderr: `error: ${parsed.error}\n\n${USAGE}\n` };
  const { args } = parsed;
  if (args.help) return { exitCode: EXIT.ok, stdout: `${USAGE}\n`, stderr: '' };
  if (args.target === '--list') return { exitCode: EXIT.ok, stdout: `${scenarioList()}\n`, stderr: '' };

  const loaded = loadDocument(args.target, files);
  if (!loaded.ok) return { exitCode: loaded.exitCode, stdout: '', stderr: `error: ${loaded.message}\n` };
  const notes = loaded.warnings.map((w) => `note: ${w}\n`).join('');

  let report: Report;
  try {
    report = simulateDocument(loaded.doc, {
      seed: args.seed,
      durationS: args.durationS,
      limits: args.maxEvents === undefined ? undefined : { eventsPerRun: args.maxEvents },
    });
  } catch (e) {
    const detail = e instanceof Error ? (e.stack ?? e.message) : String(e);
    return {
      exitCode: EXIT.engineError,
      stdout: '',
      stderr: `${notes}error: the engine failed: ${detail}\n`,
    };
  }
  const stdout =
    args.format === 'table' ? formatTable(report, loaded.doc.title) : `${JSON.stringify(report, null, 2)}\n`;
  if (report.status !== 'finished') {
    return { exitCode: EXIT.stoppedAtLimit, stdout, stderr: `${notes}warning: the run ${report.status}\n` };
  }
  return { exitCode: EXIT.ok, stdout, stderr: notes };
}
