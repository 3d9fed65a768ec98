import type { Challenge, Scorecard } from '../../challenges';
import type { FaultlineDocument } from '../../model/schema';

/** What the page asks the check worker: grade `doc` against `challenge` (whose start is `start`). */
export interface CheckRequest {
  id: number;
  challenge: Challenge;
  start: FaultlineDocument;
  doc: FaultlineDocument;
}

/** What the check worker answers: the scorecard, or why it could not make one. */
export type CheckAnswer =
  | { id: number; ok: true; card: Scorecard }
  | { id: number; ok: false; message: string };
