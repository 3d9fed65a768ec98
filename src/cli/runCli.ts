import type { FaultlineDocument } from '../model';
import { simulate } from '../sim';
import type { SimOptions } from '../sim/api';
import type { Report } from '../sim/report';
import { parseArgs, USAGE } from './args';
import { formatTable } from './formatTable';
import { jsonChunks } from './jsonChunks';
import { type FileAccess, loadDocument, scenarioList } from './loadDocument';
import { type SweepJob, sweepJobOf } from './sweepCli';
import { jsonForTerminal, terminalMessage } from './terminalText';

/** Exit statuses of `npm run -s simulate` (docs/cli.md "Exit status"). */
export const EXIT = {
  ok: 0,
  /** Bad arguments, unknown scenario id, a file that is missing, a directory or unreadable. */
  usage: 1,
  /** Not a valid document: too large, not UTF-8, not JSON, or field-level errors. */
  invalidDocument: 2,
  /** The run stopped at a guard-rail limit; the partial report is still printed. */
  stoppedAtLimit: 3,
  /** The engine threw: a bug, reported on stderr. */
  engineError: 4,
  /** The report could not be written (closed pipe, full disk, no permission). */
  writeFailed: 5,
} as const;

/**
 * What the command line has to say: its status, its messages, and the report as pieces to
 * write (to stdout, or to the `--output` file) so a long run's report is never one string.
 */
export interface CliPlan {
  exitCode: number;
  stderr: string;
  output: Iterable<string>;
  /** `--output FILE`, when the report goes to a file. */
  outputPath?: string;
  /** `--seeds`/`--sweep`: runs still to do on the worker pool (`completePlan` in sweepCli.ts does them). */
  sweep?: SweepJob;
}

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
 * The whole command line as a function of its arguments and a way to read files, with
 * the report kept as pieces: `scripts/simulate.ts` writes them to stdout or `--output`.
 * Everything it says on stderr is terminal-safe (terminalText.ts).
 */
export function planCli(
  argv: readonly string[],
  files: FileAccess,
  engine: (doc: FaultlineDocument, options: SimOptions) => Report = simulateDocument,
): CliPlan {
  const said = (exitCode: number, stderr: string, stdout = ''): CliPlan => ({
    exitCode,
    stderr: terminalMessage(stderr),
    output: stdout ? [stdout] : [],
  });
  const parsed = parseArgs(argv);
  if (!parsed.ok) return said(EXIT.usage, `error: ${parsed.error}\n\n${USAGE}\n`);
  const { args } = parsed;
  if (args.help) return said(EXIT.ok, '', `${USAGE}\n`);
  if (args.target === '--list') return said(EXIT.ok, '', `${scenarioList()}\n`);

  const loaded = loadDocument(args.target, files);
  if (!loaded.ok) return said(loaded.exitCode, `error: ${loaded.message}\n`);
  const notes = loaded.warnings.map((w) => `note: ${w}\n`).join('');
  if (args.sweep) {
    const job = sweepJobOf(args, loaded.doc, notes);
    return job.ok
      ? { exitCode: EXIT.ok, stderr: '', output: [], sweep: job.job }
      : said(EXIT.usage, `${notes}error: ${job.error}\n`);
  }

  let report: Report;
  try {
    report = engine(loaded.doc, {
      seed: args.seed,
      durationS: args.durationS,
      limits: args.maxEvents === undefined ? undefined : { eventsPerRun: args.maxEvents },
    });
  } catch (e) {
    const detail = e instanceof Error ? (e.stack ?? e.message) : String(e);
    return said(EXIT.engineError, `${notes}error: the engine failed: ${detail}\n`);
  }
  const output = args.format === 'table' ? [formatTable(report, loaded.doc.title)] : reportJson(report);
  const finished = report.status === 'finished';
  return {
    exitCode: finished ? EXIT.ok : EXIT.stoppedAtLimit,
    stderr: terminalMessage(finished ? notes : `${notes}warning: the run ${report.status}\n`),
    output,
    ...(args.output === undefined ? {} : { outputPath: args.output }),
  };
}

/** The JSON report as pieces, each made terminal-safe, ending with a line break. */
function* reportJson(report: Report): Generator<string> {
  for (const piece of jsonChunks(report)) yield jsonForTerminal(piece);
  yield '\n';
}

/**
 * `planCli` with the output gathered into one string, for tests and callers that want the
 * report in memory (the validation tests read the JSON it prints).
 */
export function runCli(argv: readonly string[], files: FileAccess): CliResult {
  const plan = planCli(argv, files);
  return { exitCode: plan.exitCode, stdout: [...plan.output].join(''), stderr: plan.stderr };
}
