import type { DocumentError } from '../errors';
import { DECODE_LIMITS } from './limits';

/**
 * Every way into the app; the words of a message depend on it. `room`: a diagram that came
 * through a workshop room (the presenter's, a handout, a submission), as a share link's
 * payload or JSON text; its messages speak of "the room's diagram", never of a link.
 */
export type DecodeSource = 'link' | 'file' | 'autosave' | 'paste' | 'room';

/** Why a decode failed: one code per stage of the decoder (docs/document-format.md, "The decoder"), in stage order. */
export const DECODE_ERROR_CODES = [
  /** Nothing to read. */
  'empty',
  /** 1: longer than a link (32 k characters) or a file (5 MB) may be. */
  'too-large',
  /** 2: not `#d=<codec>.<payload>`. */
  'not-a-link',
  /** 2: a codec this build does not know: made by a newer Faultline. */
  'unknown-codec',
  /** 3: not strict base64url: a character a link never contains. */
  'bad-characters',
  /** 3–4: cut short: the text ends where base64url cannot, or the zlib stream stops early. */
  'incomplete',
  /** 4: altered (or cut within its checksum): a wrong zlib header or data, or a checksum that does not match. */
  'corrupt',
  /** 4: unpacks to more than 2 MB (a decompression bomb). */
  'unpacks-too-large',
  /** 5: not UTF-8 text. */
  'not-text',
  /** 6: arrays and objects nested deeper than 64 levels. */
  'too-deep',
  /** 6: a list or object longer than any the schema allows, or too many values in all. */
  'too-many-values',
  /** 7: not JSON. */
  'not-json',
  /** 8: JSON, but no Faultline document (no version). */
  'not-a-document',
  /** 8: a document version newer than this build reads. */
  'future-version',
  /** 8–9: a field breaks its rule (kind, range, length, unknown key, …); `detail` lists them. */
  'invalid-document',
  /** 10: ids repeated, edges or faults pointing at nothing, edges of a kind their nodes forbid. */
  'broken-references',
] as const;
export type DecodeErrorCode = (typeof DECODE_ERROR_CODES)[number];

/** A refused input: the code for programs, a message for people, the field-level list. */
export interface DecodeFailure {
  ok: false;
  error: DecodeErrorCode;
  /** One or two sentences for the person who opened it, saying what to do. */
  message: string;
  /** Field-level problems (`nodes[2].workers: must be …`), or one technical note. */
  detail: DocumentError[];
}

const THIS: Record<DecodeSource, string> = {
  link: 'This link',
  file: 'This file',
  autosave: 'The saved diagram',
  paste: 'The pasted text',
  room: "The room's diagram",
};

const mb = (bytes: number) => `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;

/** The message a person reads for `code`, worded for where the input came from. */
function messageFor(
  code: DecodeErrorCode,
  source: DecodeSource,
  detail: DocumentError[],
  size: number,
): string {
  const it = THIS[source];
  const first = detail[0] ? ` First: ${detail[0].path}: ${detail[0].message}.` : '';
  const more = detail.length > 1 ? ` (${detail.length} problems in all.)` : '';
  if (source === 'room') {
    const roomWords = roomMessage(code, size);
    if (roomWords) return roomWords;
  }
  switch (code) {
    case 'empty':
      return source === 'link' ? 'This link holds no diagram.' : `${it} is empty.`;
    case 'too-large':
      return source === 'link'
        ? `This link is too long to be a Faultline link (${size} characters; at most ${DECODE_LIMITS.linkChars}).`
        : `${it} is too large to be a Faultline diagram (${mb(size)}; at most ${mb(DECODE_LIMITS.fileBytes)}).`;
    case 'not-a-link':
      return 'This is not a Faultline link: a Faultline link ends in "#d=" followed by the diagram.';
    case 'unknown-codec':
      return 'This link was made with a newer Faultline. Open it in the latest version.';
    case 'bad-characters':
      return 'This link is damaged: it has characters a Faultline link never contains. Ask the sender for the whole link.';
    case 'incomplete':
      return 'This link is incomplete — ask the sender for the whole link.';
    case 'corrupt':
      // A link cut by a few characters loses only its checksum and lands here too.
      return 'This link is incomplete or was changed after it was made — ask the sender for the whole link.';
    case 'unpacks-too-large':
      return `This link unpacks to more than ${mb(DECODE_LIMITS.unpackedBytes)}, far more than any Faultline diagram, so it was not opened.`;
    case 'not-text':
      return `${it} is not a Faultline diagram: it is not text (UTF-8).`;
    case 'too-deep':
      return `${it} is not a Faultline diagram: its data is nested more than ${DECODE_LIMITS.depth} levels deep.`;
    case 'too-many-values':
      return `${it} is not a Faultline diagram: it holds far more data than any diagram (a list of more than ${DECODE_LIMITS.items} items, an object of more than ${DECODE_LIMITS.members} fields, or more than ${DECODE_LIMITS.values} values in all).`;
    case 'not-json':
      return `${it} is not a Faultline diagram: it is not JSON.`;
    case 'not-a-document':
      return `${it} is not a Faultline diagram.`;
    case 'future-version':
      return `${it} was made with a newer Faultline. Open it in the latest version.`;
    case 'invalid-document':
      return `${it} is a Faultline diagram with values this version does not accept, so it was not opened.${first}${more}`;
    case 'broken-references':
      return `${it} is a Faultline diagram whose parts do not fit together, so it was not opened.${first}${more}`;
  }
}

/** The room's words for the stages where a link's message would speak of "this link" and its sender. */
function roomMessage(code: DecodeErrorCode, size: number): string | null {
  const it = THIS.room;
  switch (code) {
    case 'too-large':
      return `${it} is too large to be a Faultline diagram (${size} characters).`;
    case 'not-a-link':
      return `${it} is not a Faultline diagram: it is neither a share link's diagram nor JSON.`;
    case 'unknown-codec':
      return `${it} was made with a newer Faultline. Open it in the latest version.`;
    case 'bad-characters':
      return `${it} is damaged: it has characters a Faultline link never contains.`;
    case 'incomplete':
      return `${it} is incomplete.`;
    case 'corrupt':
      return `${it} is incomplete or was changed after it was made.`;
    case 'unpacks-too-large':
      return `${it} unpacks to more than ${mb(DECODE_LIMITS.unpackedBytes)}, far more than any Faultline diagram, so it was not opened.`;
    default:
      return null;
  }
}

/** A failure for `code`, with its message. `size` is the input's size for 'too-large'. */
export function decodeFailure(
  code: DecodeErrorCode,
  source: DecodeSource,
  detail: DocumentError[] = [],
  size = 0,
): DecodeFailure {
  return { ok: false, error: code, message: messageFor(code, source, detail, size), detail };
}
