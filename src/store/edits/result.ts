import type { FaultlineDocument } from '../../model';

/**
 * The outcome of one edit of the document: the new document (and the ids it created, so the
 * editor can select them), or the reason it was refused, in words for the person editing.
 */
export type EditResult =
  | { ok: true; doc: FaultlineDocument; created: string[] }
  | { ok: false; reason: string };

/** A successful edit. */
export const applied = (doc: FaultlineDocument, created: string[] = []): EditResult => ({
  ok: true,
  doc,
  created,
});

/** A refused edit. */
export const refused = (reason: string): EditResult => ({ ok: false, reason });
