import type { DocumentError, FaultlineDocument } from '../../model';
import type { DecodeInput } from '../../model/decode/decode';
import { decodeLoaded } from '../decoder';

/** Where a document came from; the decoder words its messages for it. */
export type DocumentSource = 'autosave' | 'file';

/** The outcome of decoding: a valid, complete document, or what is wrong in words. */
export type DecodeOutcome =
  | { ok: true; doc: FaultlineDocument; warnings: string[] }
  | { ok: false; message: string; errors: DocumentError[] };

/**
 * The single place persistence hands input to the one decoder (src/model/decode, described
 * in docs/document-format.md, "The decoder"), once fetched (`loadDecoder` in
 * ../decoder.ts). Never throws.
 */
export function decodeDocumentText(input: DecodeInput, source: DocumentSource): DecodeOutcome {
  const r = decodeLoaded(input, source);
  return r.ok
    ? { ok: true, doc: r.doc, warnings: r.warnings }
    : { ok: false, message: r.message, errors: r.detail };
}

/**
 * Like `decodeDocumentText` for the `doc` of an autosave envelope (already parsed): it is
 * written back to text so that it passes every stage of the decoder, depth cap included.
 */
export function decodeDocumentValue(value: unknown, source: DocumentSource): DecodeOutcome {
  let text: string | undefined;
  try {
    text = JSON.stringify(value);
  } catch {
    // Too deep or cyclic to write back: certainly not a document.
  }
  if (typeof text !== 'string') return decodeDocumentText('null', source);
  return decodeDocumentText(text, source);
}
