import { describe, expect, it } from 'vitest';
import { exampleDocument } from '../store/documentStore';
import { summarizeRun } from '../sweeps';
import { runOutcomes } from '../sweeps/runTask';
import { type PoolResult, type PoolWorker, poolSize, runPool } from './runPool';
import { answerRun, type PoolRunAnswer, type PoolRunRequest } from './runPoolProtocol';

/**
 * A worker written for the test: it runs the real engine in this thread, a little later
 * (as a real worker answers later), and dies instead on the seeds it is told to.
 */
class InThreadWorker implements PoolWorker {
  onmessage: ((event: { data: PoolRunAnswer }) => void) | null = null;
  onerror: ((event: { message?: string; preventDefault?: () => void }) => void) | null = null;
  terminated = false;
  runs = 0;
  constructor(private readonly dieOn: ReadonlySet<number> = new Set()) {}
  postMessage(message: PoolRunRequest): void {
    this.runs += 1;
    setTimeout(() => {
      if (this.terminated) return;
      if (this.dieOn.has(message.seed)) {
        this.onerror?.({ message: 'out of memory' });
        return;
      }
      this.onmessage?.({ data: answerRun(message) });
    }, 0);
  }
  terminate(): void {
    this.terminated = true;
  }
}

const shortDoc = () => {
  const doc = exampleDocument();
  return { ...doc, scenario: { ...doc.scenario, durationS: 3 } };
};

describe('poolSize', () => {
  it('is one worker per spare core, at least one and at most eight', () => {
    expect(poolSize(2)).toBe(1);
    expect(poolSize(1)).toBe(1);
    expect(poolSize(4)).toBe(3);
    expect(poolSize(64)).toBe(8);
    expect(poolSize(undefined)).toBe(1);
  });
});

describe('runPool', () => {
  it('runs every job in job order, the same outcomes as running them one by one', async () => {
    const doc = shortDoc();
    const workers: InThreadWorker[] = [];
    const progress: number[] = [];
    const run = runPool(
      [1, 2, 3, 4, 5].map((seed) => ({ doc, seed, keepSeries: seed !== 5 })),
      {
        size: 3,
        createWorker: () => {
          const w = new InThreadWorker();
          workers.push(w);
          return w;
        },
        onResult: (_r, p) => progress.push(p.done),
      },
    );
    const outcome = await run.done;
    expect(outcome.cancelled).toBe(false);
    expect(workers).toHaveLength(3);
    expect(progress).toEqual([1, 2, 3, 4, 5]);
    expect(outcome.results.map((r) => r?.seed)).toEqual([1, 2, 3, 4, 5]);
    for (const r of outcome.results) {
      expect(r?.ok).toBe(true);
      if (!r?.ok) continue;
      const outcomes = runOutcomes(doc, r.seed);
      expect(r.summary).toEqual(summarizeRun(outcomes));
      // The series travel only when asked for.
      expect(r.outcomes).toEqual(r.seed === 5 ? undefined : outcomes);
    }
    // Every worker is stopped once there is nothing left to run.
    expect(workers.every((w) => w.terminated)).toBe(true);
  });

  it('reports the run of a worker that dies as failed, and the others finish', async () => {
    const doc = shortDoc();
    const workers: InThreadWorker[] = [];
    const run = runPool(
      [1, 2, 3, 4].map((seed) => ({ doc, seed })),
      {
        size: 2,
        createWorker: () => {
          const w = new InThreadWorker(new Set([2]));
          workers.push(w);
          return w;
        },
      },
    );
    const { results, cancelled } = await run.done;
    expect(cancelled).toBe(false);
    expect(results.map((r) => r?.ok)).toEqual([true, false, true, true]);
    expect((results[1] as Extract<PoolResult, { ok: false }>).message).toMatch(/crashed \(out of memory\)/);
    // The dead worker was replaced, so the batch still used two at a time.
    expect(workers.length).toBe(3);
  });

  it('passes on a run the engine refused as failed, and keeps the worker', async () => {
    const answers: PoolRunAnswer[] = [];
    const worker: PoolWorker = {
      onmessage: null,
      onerror: null,
      postMessage(message) {
        const answer: PoolRunAnswer =
          message.seed === 1
            ? { type: 'failed', job: message.job, message: 'limit reached' }
            : answerRun(message);
        answers.push(answer);
        queueMicrotask(() => worker.onmessage?.({ data: answer }));
      },
      terminate() {},
    };
    const doc = shortDoc();
    const { results } = await runPool(
      [1, 2].map((seed) => ({ doc, seed })),
      { size: 1, createWorker: () => worker },
    ).done;
    expect(results[0]).toEqual({ job: 0, seed: 1, ok: false, message: 'limit reached' });
    expect(results[1]?.ok).toBe(true);
    expect(answers).toHaveLength(2);
  });

  it('cancel stops every worker at once and ends with the runs that had ended', async () => {
    const doc = shortDoc();
    const workers: InThreadWorker[] = [];
    const seen: number[] = [];
    const run = runPool(
      Array.from({ length: 10 }, (_, i) => ({ doc, seed: i + 1 })),
      {
        size: 2,
        createWorker: () => {
          const w = new InThreadWorker();
          workers.push(w);
          return w;
        },
        onResult: (r, p) => {
          seen.push(r.seed);
          if (p.done === 3) run.cancel();
        },
      },
    );
    const outcome = await run.done;
    expect(outcome.cancelled).toBe(true);
    expect(seen).toHaveLength(3);
    expect(outcome.results.filter(Boolean)).toHaveLength(3);
    expect(workers.every((w) => w.terminated)).toBe(true);
    // Nothing more is posted after the cancel.
    expect(workers.reduce((n, w) => n + w.runs, 0)).toBeLessThanOrEqual(5);
  });

  it('fails every run with the reason when no worker can be made', async () => {
    const doc = shortDoc();
    const { results } = await runPool([{ doc, seed: 1 }], {
      size: 2,
      createWorker: () => {
        throw new Error('module workers are not supported');
      },
    }).done;
    expect(results[0]).toMatchObject({
      ok: false,
      message: expect.stringMatching(/could not start \(module workers/),
    });
  });

  it('ends at once with no jobs', async () => {
    expect(await runPool([], { size: 2, createWorker: () => new InThreadWorker() }).done).toEqual({
      cancelled: false,
      results: [],
    });
  });
});

describe('answerRun', () => {
  it('answers a document the engine cannot run with the reason, never by throwing', () => {
    const doc = shortDoc();
    const broken = { ...doc, nodes: null } as unknown as typeof doc;
    const answer = answerRun({ type: 'run', job: 7, doc: broken, seed: 1, keepSeries: false });
    expect(answer).toMatchObject({ type: 'failed', job: 7, message: expect.any(String) });
  });
});
