/**
 * The check worker: grades a design against a challenge off the main thread, so the page
 * stays responsive while the engine runs every seed. All logic is `checkChallenge`
 * (src/challenges/check.ts), the same the command line runs.
 */
import { checkChallenge } from '../../challenges';
import type { CheckAnswer, CheckRequest } from './checkProtocol';

/** The part of the worker's global scope used here (the DOM lib types `self` as a Window). */
interface WorkerScope {
  postMessage(message: CheckAnswer): void;
  onmessage: ((event: MessageEvent<CheckRequest>) => void) | null;
}
const scope = self as unknown as WorkerScope;

scope.onmessage = ({ data }) => {
  try {
    const card = checkChallenge(data.challenge, data.doc, { start: data.start });
    scope.postMessage({ id: data.id, ok: true, card });
  } catch (e) {
    scope.postMessage({ id: data.id, ok: false, message: e instanceof Error ? e.message : String(e) });
  }
};
