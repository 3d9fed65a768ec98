import { LIMITS } from '../model';
import { readSweepOption, SWEEP_OPTIONS, SWEEP_USAGE, type SweepArgs } from './sweepArgs';

/** Output formats of the command line. */
export const OUTPUT_FORMATS = ['json', 'table', 'csv'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

/** What `npm run -s simulate -- …` was asked to do. */
export interface CliArgs {
  /** A path to a document (.json) or a built-in scenario id. */
  target: string;
  seed?: number;
  durationS?: number;
  format: OutputFormat;
  /** Overrides the engine's limit on events per run (long validation runs need more). */
  maxEvents?: number;
  /** Writes the report to this file instead of stdout. */
  output?: string;
  /** Seed runs and sweeps (sweepArgs.ts); absent for a single run. */
  sweep?: SweepArgs;
  help: boolean;
}

export type ParsedArgs = { ok: true; args: CliArgs } | { ok: false; error: string };

/** The largest --max-events: about ten minutes of engine time on a laptop. */
export const MAX_EVENTS = 1_000_000_000;

export const USAGE = `Usage: npm run -s simulate -- <document.json | scenario-id> [--seed N] [--duration S] [--format json|table] [--output FILE]
       npm run -s simulate -- <document.json | scenario-id> --seeds LIST [--sweep P=A..B:N] [--jobs N] [--shard I/N] [--format table|csv|json]

  <document.json>   a Faultline document (at most 5 MB)
  <scenario-id>     a built-in scenario, e.g. rpc-chain-redeploy (--list shows them all)
  --seed N          whole number from 0 to ${LIMITS.seed}; overrides the document's seed
  --duration S      simulated seconds, more than 0 and at most ${LIMITS.runSeconds}; overrides the document's
  --format F        json (default): the full report; table: a readable summary
  --max-events N    stop the run after N events instead of the engine's default limit (20 million)
  --output FILE     write the report to FILE instead of stdout
${SWEEP_USAGE}
  --list            lists the built-in scenarios
  --help            this text`;

const OPTIONS: readonly string[] = [
  '--seed',
  '--duration',
  '--format',
  '--max-events',
  '--output',
  ...SWEEP_OPTIONS,
];

function parseSeed(raw: string): number | string {
  if (!/^\d+$/.test(raw)) return `--seed must be a whole number from 0 to ${LIMITS.seed}, got "${raw}"`;
  const seed = Number(raw);
  if (seed > LIMITS.seed) return `--seed must be a whole number from 0 to ${LIMITS.seed}, got "${raw}"`;
  return seed;
}

/** A plain decimal ("12", "0.5", ".5"): no sign, exponent, hex, spaces or other spellings Number() takes. */
const DECIMAL = /^(?:\d+(?:\.\d*)?|\.\d+)$/;

function parseDuration(raw: string): number | string {
  const s = Number(raw);
  if (!DECIMAL.test(raw) || !Number.isFinite(s) || s <= 0 || s > LIMITS.runSeconds) {
    return `--duration must be a number of seconds above 0 and at most ${LIMITS.runSeconds}, written in digits such as 30 or 0.5, got "${raw}"`;
  }
  return s;
}

/**
 * Reads the command line's arguments (after `--`). Accepts `--seed 7` and `--seed=7`.
 * `--list` is reported as the target "--list" so the caller can answer it.
 */
export function parseArgs(argv: readonly string[]): ParsedArgs {
  const args: CliArgs = { target: '', format: 'json', help: false };
  const positional: string[] = [];
  let formatGiven = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--help' || arg === '-h') {
      args.help = true;
      continue;
    }
    if (arg === '--list') {
      positional.push(arg);
      continue;
    }
    if (!arg.startsWith('--')) {
      positional.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq < 0 ? arg : arg.slice(0, eq);
    if (!OPTIONS.includes(name)) {
      return { ok: false, error: `unknown option ${name}` };
    }
    let value: string | undefined;
    if (eq >= 0) value = arg.slice(eq + 1);
    else value = argv[++i];
    if (value === undefined) return { ok: false, error: `${name} needs a value` };
    if (name === '--output') {
      if (value === '') return { ok: false, error: '--output needs a file name' };
      args.output = value;
      continue;
    }
    if ((SWEEP_OPTIONS as readonly string[]).includes(name)) {
      args.sweep ??= { axes: [] };
      const error = readSweepOption(args.sweep, name, value);
      if (error) return { ok: false, error };
      continue;
    }
    if (name === '--seed') {
      const seed = parseSeed(value);
      if (typeof seed === 'string') return { ok: false, error: seed };
      args.seed = seed;
    } else if (name === '--max-events') {
      if (!/^\d+$/.test(value) || Number(value) < 1 || Number(value) > MAX_EVENTS) {
        return {
          ok: false,
          error: `--max-events must be a whole number from 1 to ${MAX_EVENTS}, got "${value}"`,
        };
      }
      args.maxEvents = Number(value);
    } else if (name === '--duration') {
      const d = parseDuration(value);
      if (typeof d === 'string') return { ok: false, error: d };
      args.durationS = d;
    } else {
      if (!(OUTPUT_FORMATS as readonly string[]).includes(value)) {
        return { ok: false, error: `--format must be json, table or csv, got "${value}"` };
      }
      args.format = value as OutputFormat;
      formatGiven = true;
    }
  }
  if (args.help) return { ok: true, args };
  if (args.sweep && !args.sweep.seeds && args.sweep.axes.length === 0)
    return { ok: false, error: `${args.sweep.shard ? '--shard' : '--jobs'} needs --seeds or --sweep` };
  // A seed run or a sweep prints its table unless asked otherwise.
  if (args.sweep && !formatGiven) args.format = 'table';
  if (args.format === 'csv' && !args.sweep)
    return { ok: false, error: '--format csv needs --seeds or --sweep' };
  if (positional.length === 0) return { ok: false, error: 'missing the document or scenario id' };
  if (positional.length > 1)
    return { ok: false, error: `expected one document or scenario id, got ${positional.length}` };
  args.target = positional[0];
  return { ok: true, args };
}
