import type { Challenge, Scorecard } from '../../challenges';
import type { FaultlineDocument } from '../../model/schema';
import type { CheckAnswer, CheckRequest } from './checkProtocol';

/** A check's outcome: the scorecard and how long it took on the wall clock, or why it failed. */
export type CheckOutcome = { ok: true; card: Scorecard; wallMs: number } | { ok: false; message: string };

function defaultWorker(): Worker {
  return new Worker(new URL('./check.worker.ts', import.meta.url), { type: 'module' });
}

/**
 * Runs checks in a worker of their own (started on the first check, kept for the next).
 * A worker that dies fails the check in hand with a clear message; the next check starts
 * a fresh one.
 */
export function createCheckClient(createWorker: () => Worker = defaultWorker) {
  let worker: Worker | null = null;
  let nextId = 1;
  const pending = new Map<number, { resolve: (o: CheckOutcome) => void; startedMs: number }>();

  const failAll = (message: string) => {
    for (const p of pending.values()) p.resolve({ ok: false, message });
    pending.clear();
    worker?.terminate();
    worker = null;
  };

  const ensure = (): Worker => {
    if (worker) return worker;
    const w = createWorker();
    w.onmessage = ({ data }: MessageEvent<CheckAnswer>) => {
      const p = pending.get(data.id);
      if (!p) return;
      pending.delete(data.id);
      p.resolve(
        data.ok
          ? { ok: true, card: data.card, wallMs: performance.now() - p.startedMs }
          : { ok: false, message: `The check could not run: ${data.message}` },
      );
    };
    w.onerror = (e) => failAll(`The check stopped: ${e.message || 'its worker failed'}. Try again.`);
    worker = w;
    return w;
  };

  return {
    /** Starts the worker (fetching and compiling its code) ahead of the first check. */
    warm(): void {
      try {
        ensure();
      } catch {
        // The check itself will say why the worker cannot start.
      }
    },
    /** Grades `doc` against `challenge` in the worker. Never rejects. */
    check(challenge: Challenge, start: FaultlineDocument, doc: FaultlineDocument): Promise<CheckOutcome> {
      return new Promise((resolve) => {
        const id = nextId++;
        pending.set(id, { resolve, startedMs: performance.now() });
        const request: CheckRequest = { id, challenge, start, doc };
        try {
          ensure().postMessage(request);
        } catch (e) {
          pending.delete(id);
          resolve({ ok: false, message: `The check could not start: ${String(e)}` });
        }
      });
    },
    dispose: () => failAll('The check was cancelled.'),
  };
}
