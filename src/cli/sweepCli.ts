/**
 * `--seeds` and `--sweep` on the command line: the plan (checked before any run), the runs
 * on the worker pool, and the result in the asked format — or, with `--shard i/n`, one
 * slice of the runs as a part file for `npm run sweep:merge` (sweepParts.ts).
 */
import type { FaultlineDocument } from '../model';
import {
  planSweep,
  type SweepPlan,
  type SweepRunResult,
  type SweepTask,
  shardTasks,
  sweepTable,
  sweepTasks,
} from '../sweeps';
import { runTask, type SweepRunOptions } from '../sweeps/runTask';
import type { CliArgs } from './args';
import type { FileAccess } from './loadDocument';
import { type CliPlan, type CliResult, planCli } from './runCli';
import { sweepOutput, wordsOf } from './sweepOutput';
import { PART_FORMAT, type SweepPart, sweepKey } from './sweepParts';
import type { SweepWorkerData } from './sweepWorker';
import { jsonForTerminal, terminalMessage } from './terminalText';
import { defaultJobs, runInPool } from './workerPool';

/** A checked seed run or sweep, ready for the pool. */
export interface SweepJob {
  plan: SweepPlan;
  /** The runs to do: all of them, or one shard's. */
  tasks: SweepTask[];
  options: SweepRunOptions;
  format: 'json' | 'table' | 'csv';
  shard?: { index: number; count: number };
  jobs: number;
  /** Notes for stderr (document migrated, …). */
  notes: string;
  outputPath?: string;
}

/** Runs a job's tasks and gives their results in task order (the Node pool by default). */
export type TaskRunner = (job: SweepJob) => Promise<SweepRunResult[]>;

/** The job `args` ask for on `doc`, or what is wrong with them. */
export function sweepJobOf(
  args: CliArgs,
  doc: FaultlineDocument,
  notes: string,
): { ok: true; job: SweepJob } | { ok: false; error: string } {
  const sweep = args.sweep ?? { axes: [] };
  if (sweep.seeds && args.seed !== undefined) return { ok: false, error: 'give --seed or --seeds, not both' };
  const seeds = sweep.seeds ?? [args.seed ?? doc.scenario.seed];
  const planned = planSweep(doc, { axes: sweep.axes, seeds });
  if (!planned.ok) return planned;
  const all = sweepTasks(planned.plan);
  const tasks = sweep.shard ? shardTasks(all, sweep.shard.index, sweep.shard.count) : all;
  const options: SweepRunOptions = {
    ...(args.durationS === undefined ? {} : { durationS: args.durationS }),
    ...(args.maxEvents === undefined ? {} : { maxEvents: args.maxEvents }),
  };
  return {
    ok: true,
    job: {
      plan: planned.plan,
      tasks,
      options,
      format: args.format,
      ...(sweep.shard ? { shard: sweep.shard } : {}),
      jobs: sweep.jobs ?? defaultJobs(),
      notes,
      ...(args.output === undefined ? {} : { outputPath: args.output }),
    },
  };
}

/**
 * The Node pool: worker threads running sweepWorker.ts, telling `onProgress` after each run.
 * `onNote` gets the pool's notes (the worker module could not be compiled, so the workers
 * start slower); stderr by default.
 */
export function poolRunnerWith(
  onProgress?: (done: number, total: number) => void,
  onNote: (text: string) => void = (text) => process.stderr.write(terminalMessage(text)),
): TaskRunner {
  return async (job) => {
    const workerData: SweepWorkerData = {
      plan: { doc: job.plan.doc, axes: job.plan.axes, points: job.plan.points },
      options: job.options,
    };
    const results = await runInPool<SweepTask, SweepRunResult>(job.tasks, {
      jobs: job.jobs,
      workerUrl: new URL('./sweepWorker.ts', import.meta.url),
      workerData,
      onNote,
      ...(onProgress ? { onProgress } : {}),
    });
    return results.map((r, i) => (r.ok ? r.value : { ...job.tasks[i], ok: false, error: r.error }));
  };
}

/** The Node pool without progress. */
export const poolRunner: TaskRunner = poolRunnerWith();

/** What the finished job prints and its exit status (see runCli.ts EXIT). */
export interface SweepDone {
  exitCode: number;
  stderr: string;
  output: string;
}

/** Exit statuses this file uses (the same numbers as runCli.ts's EXIT). */
const STATUS = { ok: 0, stoppedAtLimit: 3, engineError: 4 } as const;

/** Runs `job` on `runner` and formats its result (or, for a shard, its part file). */
export async function runSweepJob(job: SweepJob, runner: TaskRunner = poolRunner): Promise<SweepDone> {
  return finishSweepJob(job, await runner(job));
}

/** Runs `job` in this thread, one run after another: the same results as any pool (for generated docs and tests). */
export function runSweepJobHere(job: SweepJob): SweepDone {
  return finishSweepJob(job, inThisThread(job));
}

/** The runs of `job` in this thread, in task order. */
export function inThisThread(job: SweepJob): SweepRunResult[] {
  return job.tasks.map((task) => runTask(job.plan, task, job.options));
}

/** What `job` prints, given the results of its tasks (in any order). */
export function finishSweepJob(job: SweepJob, results: readonly SweepRunResult[]): SweepDone {
  const failed = results.filter((r) => !r.ok).length;
  const stopped = results.filter((r) => r.ok && r.summary.status !== 'finished').length;
  const words = wordsOf(job.plan.doc);
  let output: string;
  if (job.shard) {
    const clientNames: Record<string, string> = {};
    for (const n of job.plan.doc.nodes) if (n.kind === 'client') clientNames[n.id] = n.label || n.id;
    const part: SweepPart = {
      format: PART_FORMAT,
      title: job.plan.doc.title,
      clientNames,
      key: sweepKey(job.plan, job.options),
      axes: job.plan.axes.map((a) => ({ path: a.path, label: a.label, ...(a.unit ? { unit: a.unit } : {}) })),
      points: job.plan.points,
      seeds: job.plan.seeds,
      shard: job.shard,
      results: [...results],
    };
    output = `${jsonForTerminal(JSON.stringify(part))}\n`;
  } else {
    const table = sweepTable(job.plan.axes, job.plan.points, job.plan.seeds, results);
    output = sweepOutput(table, words, job.format);
    if (job.format === 'json') output = jsonForTerminal(output);
  }
  let stderr = job.notes;
  if (failed > 0) stderr += `warning: ${failed} of ${results.length} runs failed\n`;
  if (stopped > 0) stderr += `warning: ${stopped} of ${results.length} runs stopped at a limit\n`;
  return {
    exitCode: failed > 0 ? STATUS.engineError : stopped > 0 ? STATUS.stoppedAtLimit : STATUS.ok,
    stderr: terminalMessage(stderr),
    output,
  };
}

/**
 * A plan from `planCli` with its seed run or sweep done: a plan without one comes back as
 * it is. `scripts/simulate.ts` calls it before writing the output.
 */
export async function completePlan(plan: CliPlan, runner: TaskRunner = poolRunner): Promise<CliPlan> {
  if (!plan.sweep) return plan;
  const done = await runSweepJob(plan.sweep, runner);
  return {
    exitCode: done.exitCode,
    stderr: done.stderr,
    output: [done.output],
    ...(plan.sweep.outputPath === undefined ? {} : { outputPath: plan.sweep.outputPath }),
  };
}

/** `runCli` for seed runs and sweeps too: the whole command line as a function, output as one string. */
export async function runCliAsync(
  argv: readonly string[],
  files: FileAccess,
  runner: TaskRunner = poolRunner,
): Promise<CliResult> {
  const plan = await completePlan(planCli(argv, files), runner);
  return { exitCode: plan.exitCode, stdout: [...plan.output].join(''), stderr: plan.stderr };
}
