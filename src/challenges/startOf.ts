import { type FaultlineDocument, parseDocument } from '../model';
import type { Challenge } from './format';

/**
 * A challenge's starting diagram with its defaults filled in. Throws when the start is not a
 * valid document: a challenge that came through parseChallenge never has such a start.
 */
export function startOf(challenge: Challenge): FaultlineDocument {
  const parsed = parseDocument(challenge.start);
  if (!parsed.ok) throw new Error(`challenge ${challenge.id}: its starting diagram is not a valid document`);
  return parsed.doc;
}
