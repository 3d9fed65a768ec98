import { type DecodeResult, decode } from '../model/decode';

/**
 * Decodes a diagram that came through a room — the presenter's, a handout, a submission —
 * with the one decoder: JSON text as a file, anything else as a share link (`2.…`, `d=2.…`,
 * `#d=2.…` or a whole URL).
 */
export function decodeRoomDocument(text: string): DecodeResult {
  const trimmed = text.trimStart();
  if (trimmed.startsWith('{')) return decode(text, 'file');
  const bare = /^[1-9][0-9]{0,2}\./.test(trimmed);
  return decode(bare ? `d=${trimmed}` : trimmed, 'link');
}

/** The one-line refusal for a diagram the decoder refused: its message and first detail. */
export function decodeRefusal(result: Extract<DecodeResult, { ok: false }>): string {
  const first = result.detail[0];
  return first ? `${result.message} (${first.path}: ${first.message})` : result.message;
}
