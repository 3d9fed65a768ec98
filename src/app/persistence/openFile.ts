import { type DecodeOutcome, decodeDocumentText } from './decodeDocument';
import { checkFileSize } from './fileChecks';

/** The part of `File` Open needs. */
export interface OpenableFile {
  name: string;
  size: number;
  text(): Promise<string>;
}

/**
 * Reads a diagram file: its size is checked before a single byte is read, then the text
 * goes through the one decoder. Never rejects.
 */
export async function readDocumentFile(file: OpenableFile): Promise<DecodeOutcome> {
  const tooBig = checkFileSize(file.size);
  if (tooBig) return { ok: false, message: tooBig, errors: [] };
  let text: string;
  try {
    text = await file.text();
  } catch (e) {
    return {
      ok: false,
      message: `The file could not be read (${e instanceof Error ? e.message : String(e)}).`,
      errors: [],
    };
  }
  return decodeDocumentText(text, 'file');
}
