/**
 * `npm run -s simulate -- <document.json | scenario-id> [--seed N] [--duration S] [--format json|table] [--output FILE]`
 * (and `--seeds`, `--sweep`, `--jobs`, `--shard`; `npm run -s sweep:merge` is this script too, with `--merge`).
 * A thin wrapper: the logic is in src/cli (tested there); this wires it to the process —
 * files through node:fs, the report streamed to stdout or `--output`, the exit status.
 */
import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Writable } from 'node:stream';
import { EXIT, type FileAccess, planCli } from '../src/cli';
import { completePlan, poolRunnerWith } from '../src/cli/sweepCli';
import { planMerge } from '../src/cli/sweepMerge';
import { closeOutputFile, openOutputFile, writeFailureMessage, writePieces } from '../src/cli/writeOutput';

// `npm run` starts scripts in the package's folder; paths are meant from where the person typed.
const here = (path: string) => resolve(process.env.INIT_CWD ?? process.cwd(), path);

const files: FileAccess = {
  size(path) {
    let stat: ReturnType<typeof statSync>;
    try {
      stat = statSync(here(path));
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
      const code = (e as NodeJS.ErrnoException).code;
      throw new Error(
        code === 'EACCES' || code === 'EPERM'
          ? `permission denied (${code})`
          : (code ?? (e as Error).message),
      );
    }
    if (stat.isDirectory()) throw new Error('it is a directory, not a document file');
    if (!stat.isFile()) throw new Error('it is not a regular file');
    return stat.size;
  },
  readBytes: (path) => readFileSync(here(path)),
};

// Messages and a failed stderr must never end in a stack trace.
process.stderr.on('error', () => {});

// A seed run or sweep on a terminal shows its progress on stderr ("37/100 runs"), on one line.
const runner = poolRunnerWith(
  process.stderr.isTTY
    ? (done, total) => {
        // At most about 200 updates, however many runs.
        if (done !== total && done % Math.max(1, Math.floor(total / 200)) !== 0) return;
        process.stderr.write(`\r${done}/${total} runs${done === total ? '\r\x1b[K' : ''}`);
      }
    : undefined,
);

async function main(): Promise<number> {
  const argv = process.argv.slice(2);
  const plan =
    argv[0] === '--merge'
      ? planMerge(argv.slice(1), files)
      : await completePlan(planCli(argv, files), runner);
  process.stderr.write(plan.stderr);
  let out: Writable = process.stdout;
  const where = plan.outputPath ?? 'stdout';
  if (plan.outputPath !== undefined) {
    const opened = openOutputFile(here(plan.outputPath));
    if (!opened.ok) {
      process.stderr.write(writeFailureMessage(opened.error, where));
      return EXIT.writeFailed;
    }
    out = opened.out;
  }
  const failure =
    (await writePieces(plan.output, out)) ?? (out === process.stdout ? null : await closeOutputFile(out));
  if (failure) {
    process.stderr.write(writeFailureMessage(failure, where));
    return EXIT.writeFailed;
  }
  return plan.exitCode;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`error: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = EXIT.engineError;
  },
);
