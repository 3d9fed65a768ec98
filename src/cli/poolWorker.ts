/**
 * The worker thread's side of the command line's pool (workerPool.ts): say `{ ready: true }`,
 * answer each `{ i, task }` with `{ i, value }`, and on `{ close: true }` (no tasks left)
 * close the port, so the thread ends once idle. The pool asks a worker to close rather than
 * terminating it: a thread that ends by itself waits for the compiler's background work on
 * its code, where a terminated one can be torn down under it, which aborts the whole process
 * (Node 20: "Assertion failed ... NodePlatform::ForIsolate").
 */
import { parentPort } from 'node:worker_threads';

/** The message that asks a worker to end once idle. */
export interface CloseRequest {
  close: true;
}

/** Serves tasks on this worker thread with `run` until the pool asks it to close. */
export function serveTasks<T, R>(run: (task: T) => R): void {
  const port = parentPort;
  if (!port) return;
  port.on('message', (msg: { i: number; task: T } | CloseRequest) => {
    if ('close' in msg) {
      port.close();
      return;
    }
    port.postMessage({ i: msg.i, value: run(msg.task) });
  });
  port.postMessage({ ready: true });
}
