/**
 * `npm run -s bench:sweep [-- seeds [rounds]]`: the command line's seed-run throughput for
 * `--jobs 1` and `--jobs 2` on the rpc-chain-redeploy lesson (60 simulated seconds per run,
 * 100 seeds by default), on the worker pool `--seeds` uses. For each it prints the wall time
 * (starting the workers included), the steady rate (from the first finished run to the
 * last), when the workers were ready, and the CPU time of the whole process, split (on
 * Linux) into the workers, V8's compiler and collector threads (they keep a second core
 * partly busy even with one worker) and the main thread. Then the speed-up of 2 jobs over 1,
 * on wall time and steady rate.
 * With `rounds` > 1 it alternates the two that many times and ends with the ranges. The
 * tables of all runs must be identical (checked).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { planCli } from '../src/cli';
import { finishSweepJob } from '../src/cli/sweepCli';
import type { SweepWorkerData } from '../src/cli/sweepWorker';
import { compiledWorker } from '../src/cli/workerBundle';
import { runInPool } from '../src/cli/workerPool';
import type { SweepRunResult, SweepTask } from '../src/sweeps';

const seeds = Number(process.argv[2] ?? 100);
const rounds = Math.max(1, Number(process.argv[3] ?? 1));
const noFiles = { size: () => null };
const now = () => Number(process.hrtime.bigint()) / 1e9;
const workerUrl = new URL('../src/cli/sweepWorker.ts', import.meta.url);

/** CPU seconds of each thread of this process so far, by thread id (Linux: /proc; elsewhere empty). */
function threadCpu(): Map<string, number> {
  const out = new Map<string, number>();
  const dir = '/proc/self/task';
  if (!existsSync(dir)) return out;
  for (const tid of readdirSync(dir)) {
    try {
      const stat = readFileSync(`${dir}/${tid}/stat`, 'utf8');
      // Fields after the command's closing parenthesis: utime and stime are the 12th and 13th.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      out.set(tid, (Number(fields[11]) + Number(fields[12])) / 100);
    } catch {
      // The thread ended between the listing and the read.
    }
  }
  return out;
}

/**
 * Where the CPU went between two readings taken before the pool started and after it ended:
 * this (main) thread, the threads that outlive the pool (V8's compiler and collector threads,
 * which every isolate of the process shares, and libuv's), and by difference the workers,
 * whose threads have ended by then. Null where threads cannot be read.
 */
function cpuByThread(before: Map<string, number>, after: Map<string, number>, processCpu: number) {
  if (after.size === 0) return null;
  let main = 0;
  let helpers = 0;
  for (const [tid, t] of after) {
    const used = t - (before.get(tid) ?? 0);
    if (tid === String(process.pid)) main = used;
    else helpers += used;
  }
  return { main, helpers, workers: Math.max(0, processCpu - main - helpers) };
}

interface Timed {
  wall: number;
  steady: number;
  /** Seconds from the pool's start to each worker's ready message. */
  ready: number[];
  cpu: number;
  threads: ReturnType<typeof cpuByThread>;
  output: string;
}

async function timed(jobs: number): Promise<Timed> {
  const plan = planCli(['rpc-chain-redeploy', '--seeds', `1..${seeds}`, '--format', 'json'], noFiles);
  const job = plan.sweep;
  if (!job) throw new Error(plan.stderr);
  const workerData: SweepWorkerData = { plan: job.plan, options: job.options };
  const cpuBefore = process.cpuUsage();
  const threadsBefore = threadCpu();
  const start = now();
  let first = 0;
  let last = 0;
  const ready: number[] = [];
  const pooled = await runInPool<SweepTask, SweepRunResult>(job.tasks, {
    jobs,
    workerUrl,
    workerData,
    onNote: (text) => process.stderr.write(text),
    onWorkerReady: () => ready.push(now() - start),
    onProgress: (done) => {
      if (done === 1) first = now();
      last = now();
    },
  });
  const wall = now() - start;
  const cpuUsed = process.cpuUsage(cpuBefore);
  const cpu = (cpuUsed.user + cpuUsed.system) / 1e6;
  const threads = cpuByThread(threadsBefore, threadCpu(), cpu);
  const results = pooled.map((r, i) =>
    r.ok ? r.value : { ...job.tasks[i], ok: false as const, error: r.error },
  );
  const done = finishSweepJob(job, results);
  if (done.exitCode !== 0) throw new Error(done.stderr);
  const steady = seeds > 1 ? (seeds - 1) / (last - first) : Number.NaN;
  return { wall, steady, ready, cpu, threads, output: done.output };
}

const s = (seconds: number) => seconds.toFixed(2);
const span = (values: number[], digits = 2) => {
  const low = Math.min(...values).toFixed(digits);
  const high = Math.max(...values).toFixed(digits);
  return low === high ? low : `${low}–${high}`;
};

console.log(
  `rpc-chain-redeploy, ${seeds} seeds × 60 s, ${availableParallelism()} cores, load average ${loadavg()[0].toFixed(2)}`,
);
// The worker module is compiled once (or found in the cache) before any pool starts it.
const compileStart = now();
const compiled = await compiledWorker(workerUrl);
console.log(
  compiled.ok
    ? `worker module: ${compiled.built ? 'compiled' : 'compiled file reused'} in ${(1000 * (now() - compileStart)).toFixed(0)} ms`
    : `worker module: not compiled (${compiled.reason}); the workers load it through tsx`,
);

const all: Record<1 | 2, Timed[]> = { 1: [], 2: [] };
for (let round = 0; round < rounds; round++) {
  for (const jobs of [1, 2] as const) {
    const r = await timed(jobs);
    all[jobs].push(r);
    console.log(
      `--jobs ${jobs}: ${s(r.wall)} s wall (${(seeds / r.wall).toFixed(1)} runs/s), steady ${r.steady.toFixed(1)} runs/s, ` +
        `workers ready after ${span(r.ready)} s, ${s(r.cpu)} s CPU` +
        (r.threads
          ? ` (workers ${s(r.threads.workers)} s, compiler and collector threads ${s(r.threads.helpers)} s, main thread ${s(r.threads.main)} s)`
          : ''),
    );
  }
  const [one, two] = [all[1][round], all[2][round]];
  console.log(
    `2 jobs vs 1: ${(one.wall / two.wall).toFixed(2)}× wall, ${(two.steady / one.steady).toFixed(2)}× steady` +
      ` (load average ${loadavg()[0].toFixed(2)})`,
  );
}
if (rounds > 1) {
  const ratios = all[1].map((one, i) => ({
    wall: one.wall / all[2][i].wall,
    steady: all[2][i].steady / one.steady,
  }));
  for (const jobs of [1, 2] as const) {
    const runs = all[jobs];
    console.log(
      `--jobs ${jobs} over ${rounds} rounds: ${span(runs.map((r) => r.wall))} s wall, ` +
        `steady ${span(
          runs.map((r) => r.steady),
          1,
        )} runs/s, workers ready after ${span(runs.flatMap((r) => r.ready))} s`,
    );
  }
  console.log(
    `2 jobs vs 1 over ${rounds} rounds: ${span(
      ratios.map((r) => r.wall),
    )}× wall, ${span(ratios.map((r) => r.steady))}× steady`,
  );
}
const output = all[1][0].output;
if ([...all[1], ...all[2]].some((r) => r.output !== output)) throw new Error('the tables of the runs differ');
console.log('tables identical: yes');
