import { loadDecoder } from '../decoder';
import { type DecodeOutcome, decodeDocumentText } from './decodeDocument';
import { checkFileSize } from './fileChecks';

/** The part of `File` Open needs. */
export interface OpenableFile {
  name: string;
  size: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}

/**
 * Reads a diagram file: its size is checked before a single byte is read, then the bytes
 * go through the one decoder. Never rejects.
 */
export async function readDocumentFile(file: OpenableFile): Promise<DecodeOutcome> {
  const tooBig = checkFileSize(file.size);
  if (tooBig) return { ok: false, message: tooBig, errors: [] };
  let bytes: ArrayBuffer;
  try {
    // Bytes, not text(): the decoder checks UTF-8 strictly instead of replacing bad bytes.
    bytes = await file.arrayBuffer();
  } catch (e) {
    return {
      ok: false,
      message: `The file could not be read (${e instanceof Error ? e.message : String(e)}).`,
      errors: [],
    };
  }
  // A PNG exported by Faultline carries the document in a text chunk (app/export). The PNG
  // reader and the decoder are fetched with the first file opened, not on the first visit.
  const u8 = new Uint8Array(bytes);
  let readers: [typeof import('../export/openPng'), typeof import('../export/pngText'), unknown];
  try {
    readers = await Promise.all([import('../export/openPng'), import('../export/pngText'), loadDecoder()]);
  } catch (e) {
    return { ok: false, message: `The file could not be read (${String(e)}).`, errors: [] };
  }
  const [{ decodePngBytes }, { isPng }] = readers;
  if (isPng(u8)) {
    const r = decodePngBytes(u8);
    return r.ok
      ? { ok: true, doc: r.doc, warnings: r.warnings }
      : { ok: false, message: r.message, errors: r.detail };
  }
  return decodeDocumentText(bytes, 'file');
}
