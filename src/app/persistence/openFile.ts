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
  return decodeDocumentText(bytes, 'file');
}
