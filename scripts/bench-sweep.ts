/**
 * `npm run -s bench:sweep [-- seeds]`: the command line's seed-run throughput for `--jobs 1`
 * and `--jobs 2` on the rpc-chain-redeploy lesson (60 simulated seconds per run, 100 seeds
 * by default), on the worker pool `--seeds` uses. It prints the wall time (starting the
 * workers included: each loads the engine through tsx) and the steady rate, from the first
 * finished run to the last. The tables of both must be identical (checked).
 */
import { availableParallelism } from 'node:os';
import { planCli } from '../src/cli';
import { finishSweepJob } from '../src/cli/sweepCli';
import type { SweepWorkerData } from '../src/cli/sweepWorker';
import { runInPool } from '../src/cli/workerPool';
import type { SweepRunResult, SweepTask } from '../src/sweeps';

const seeds = Number(process.argv[2] ?? 100);
const noFiles = { size: () => null };
const now = () => Number(process.hrtime.bigint()) / 1e9;

async function timed(jobs: number) {
  const plan = planCli(['rpc-chain-redeploy', '--seeds', `1..${seeds}`, '--format', 'json'], noFiles);
  const job = plan.sweep;
  if (!job) throw new Error(plan.stderr);
  const workerData: SweepWorkerData = { plan: job.plan, options: job.options };
  const start = now();
  let first = 0;
  let last = 0;
  const pooled = await runInPool<SweepTask, SweepRunResult>(job.tasks, {
    jobs,
    workerUrl: new URL('../src/cli/sweepWorker.ts', import.meta.url),
    workerData,
    onProgress: (done) => {
      if (done === 1) first = now();
      last = now();
    },
  });
  const wall = now() - start;
  const results = pooled.map((r, i) =>
    r.ok ? r.value : { ...job.tasks[i], ok: false as const, error: r.error },
  );
  const done = finishSweepJob(job, results);
  if (done.exitCode !== 0) throw new Error(done.stderr);
  const steady = seeds > 1 ? (seeds - 1) / (last - first) : Number.NaN;
  return { wall, steady, output: done.output };
}

console.log(`rpc-chain-redeploy, ${seeds} seeds × 60 s, ${availableParallelism()} cores`);
const runs: Record<number, Awaited<ReturnType<typeof timed>>> = {};
for (const jobs of [1, 2]) {
  runs[jobs] = await timed(jobs);
  const r = runs[jobs];
  console.log(
    `--jobs ${jobs}: ${r.wall.toFixed(2)} s wall (${(seeds / r.wall).toFixed(1)} runs/s), steady ${r.steady.toFixed(1)} runs/s`,
  );
}
console.log(
  `2 jobs vs 1: ${(runs[1].wall / runs[2].wall).toFixed(2)}× wall, ${(runs[2].steady / runs[1].steady).toFixed(2)}× steady`,
);
if (runs[1].output !== runs[2].output) throw new Error('the tables of --jobs 1 and --jobs 2 differ');
console.log('tables identical: yes');
