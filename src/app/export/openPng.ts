import { type DecodeResult, decode } from '../../model/decode';
import { extractPngText, isPng, missingTextReason } from './pngText';

/** Whether a dropped or opened file looks like a PNG (by name, type or signature). */
export function isPngFile(file: { name: string; type: string }): boolean {
  return file.type === 'image/png' || /\.png$/i.test(file.name);
}

/**
 * Reads the document out of a PNG exported by Faultline and decodes it like a file. A PNG
 * without our chunk, and a damaged one, are each refused in their own words. Call only after the caller
 * checked `file.size` against the file limit.
 */
export function decodePngBytes(bytes: Uint8Array): DecodeResult {
  if (!isPng(bytes)) return decode(bytes, 'file');
  const text = extractPngText(bytes);
  if (text === null && missingTextReason(bytes) === 'damaged') {
    return {
      ok: false,
      error: 'corrupt',
      message:
        'This picture is damaged (cut short or changed after it was exported), so the diagram in it cannot be read. Export it again from Faultline, or open the diagram’s JSON file.',
      detail: [],
    };
  }
  if (text === null) {
    return {
      ok: false,
      error: 'not-a-document',
      message:
        'This picture holds no Faultline diagram. Only PNGs exported from Faultline (Export → PNG) can be opened.',
      detail: [],
    };
  }
  return decode(text, 'file');
}
