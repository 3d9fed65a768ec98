import { type DecodeResult, decode } from '../model/decode';

/**
 * Decodes a diagram that came through a room — the presenter's, a handout, a submission —
 * with the one decoder (its `room` source: JSON text as a file, anything else as a share
 * link: `2.…`, `d=2.…`, `#d=2.…` or a whole URL), whose messages then speak of "the room's
 * diagram", not of a link the follower never saw.
 */
export function decodeRoomDocument(text: string): DecodeResult {
  const trimmed = text.trimStart();
  const bare = /^[1-9][0-9]{0,2}\./.test(trimmed);
  return decode(bare ? `d=${trimmed}` : text, 'room');
}

/** The one-line refusal for a diagram the decoder refused: its message and first detail. */
export function decodeRefusal(result: Extract<DecodeResult, { ok: false }>): string {
  const first = result.detail[0];
  return first ? `${result.message} (${first.path}: ${first.message})` : result.message;
}
