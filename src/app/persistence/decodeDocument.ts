import { type DocumentError, type FaultlineDocument, formatError, parseDocument } from '../../model';

/** Where a document came from; the decoder words its messages for it. */
export type DocumentSource = 'autosave' | 'file';

/** The outcome of decoding: a valid, complete document, or what is wrong in words. */
export type DecodeOutcome =
  | { ok: true; doc: FaultlineDocument; warnings: string[] }
  | { ok: false; message: string; errors: DocumentError[] };

/** Largest text accepted (the file limit of SAFETY.md); also bounds a damaged autosave. */
export const MAX_DOCUMENT_TEXT = 5 * 1024 * 1024;

function refused(message: string, errors: DocumentError[] = []): DecodeOutcome {
  return { ok: false, message, errors };
}

/**
 * The single place persistence hands text or a parsed value to the document decoder
 * (SAFETY.md "One decoder"). Until src/model/decode lands this is JSON.parse + parseDocument;
 * switching is a change here only. Never throws.
 */
export function decodeDocumentText(text: string, source: DocumentSource): DecodeOutcome {
  if (text.length > MAX_DOCUMENT_TEXT) return refused(`The ${source} is larger than the 5 MB limit.`);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return refused(`The ${source} is not valid JSON (${e instanceof Error ? e.message : String(e)}).`);
  }
  return decodeDocumentValue(value, source);
}

/** Like `decodeDocumentText` for a value already parsed from JSON (the autosave envelope's `doc`). */
export function decodeDocumentValue(value: unknown, source: DocumentSource): DecodeOutcome {
  const r = parseDocument(value);
  if (r.ok) return { ok: true, doc: r.doc, warnings: r.warnings };
  const first = r.errors[0];
  const what = source === 'file' ? 'This file' : 'The saved diagram';
  if (r.code === 'future-version') {
    return refused(`${what} was made with a newer version of Faultline and cannot be opened here.`, r.errors);
  }
  if (r.code === 'not-a-document') return refused(`${what} is not a Faultline diagram.`, r.errors);
  return refused(
    `${what} is not a valid Faultline diagram${first ? `: ${formatError(first)}` : ''}.`,
    r.errors,
  );
}
