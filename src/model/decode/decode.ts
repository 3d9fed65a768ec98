import type { DocumentError } from '../errors';
import { parseDocument } from '../parseDocument';
import type { FaultlineDocument } from '../schema';
import { type DecodeFailure, type DecodeSource, decodeFailure } from './decodeErrors';
import { jsonShapeProblem } from './jsonShape';
import { DECODE_LIMITS } from './limits';
import { LINK_CODECS } from './linkCodecs';

/** A document that passed every stage, still *pending*: the UI shows it before anything is saved. */
export interface DecodeSuccess {
  ok: true;
  doc: FaultlineDocument;
  /** The document version it was written in (older ones were migrated). */
  fromVersion: number;
  /** Things worth telling, such as "Upgraded from format 1 to 2." */
  warnings: string[];
}
export type DecodeResult = DecodeSuccess | DecodeFailure;

/** What `decode` reads: text, or the bytes of a file. */
export type DecodeInput = string | Uint8Array | ArrayBuffer;

/**
 * The one decoder for every way in (docs/document-format.md, "The decoder"): a share link or its fragment (`#d=1.…`,
 * `d=1.…` or a whole URL), a file (JSON text or bytes), an autosave (JSON text), or pasted
 * text (a link or JSON). Stages, each with its own error code: length caps, envelope,
 * base64url, capped inflate with checksum, strict UTF-8, nesting depth, JSON, then
 * `parseDocument` (version, own-version schema, migrations, references).
 * Total: never throws, and its time is bounded by the caps.
 */
export function decode(input: DecodeInput, source: DecodeSource): DecodeResult {
  try {
    return decodeStages(input, source);
  } catch (e) {
    // Every stage is written not to throw; this is the last line, so the promise holds.
    return decodeFailure('not-a-document', source, [
      { path: '(input)', message: `could not be read (${String(e)})` },
    ]);
  }
}

/**
 * Stage 1 for files, to call with `file.size` *before* reading it: the failure if the file
 * is too large to be a diagram, or null.
 */
export function checkFileSize(size: number): DecodeFailure | null {
  if (!(size <= DECODE_LIMITS.fileBytes)) return decodeFailure('too-large', 'file', [], size);
  return null;
}

function decodeStages(input: DecodeInput, source: DecodeSource): DecodeResult {
  if (typeof input !== 'string') {
    const bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
    const tooLarge = bytes.length > DECODE_LIMITS.fileBytes;
    if (tooLarge) return decodeFailure('too-large', source === 'link' ? 'file' : source, [], bytes.length);
    const text = utf8Text(bytes);
    if (text === null) return decodeFailure('not-text', source);
    return decodeText(text, source);
  }
  return decodeText(input, source);
}

function decodeText(text: string, source: DecodeSource): DecodeResult {
  // Pasted text and a room's diagram are a link unless they are JSON.
  const isLink = source === 'link' || ((source === 'paste' || source === 'room') && !looksLikeJson(text));
  const cap = isLink ? DECODE_LIMITS.linkChars : DECODE_LIMITS.fileBytes;
  const linkSource = source === 'room' ? 'room' : 'link';
  if (text.length > cap) return decodeFailure('too-large', isLink ? linkSource : source, [], text.length);
  if (text.trim() === '') return decodeFailure('empty', source);
  return isLink ? decodeLink(text.trim(), linkSource) : decodeJson(text.replace(/^\uFEFF/, ''), source);
}

function looksLikeJson(text: string): boolean {
  return /^\s*\{/.test(text);
}

// The key is read in either case: some chat apps and URL shorteners upper-case it, and a
// link that is refused without a word, or read as no link at all, is worse. The payload
// stays case-sensitive (base64url); its checksum catches any other change.
const ENVELOPE = /^[dD]=([1-9][0-9]{0,2})\.(.*)$/s;

/** Stages 2–4 for links, then the shared JSON stages. */
function decodeLink(link: string, source: 'link' | 'room'): DecodeResult {
  // A whole URL or a fragment: the diagram is everything after the first "#".
  const hash = link.indexOf('#');
  const fragment = hash >= 0 ? link.slice(hash + 1) : link;
  const envelope = ENVELOPE.exec(fragment);
  if (!envelope)
    return decodeFailure('not-a-link', source, [{ path: '(link)', message: 'expected "#d=<codec>.<data>"' }]);
  const [, tag, payload] = envelope;
  const codec = LINK_CODECS.get(tag);
  if (!codec)
    return decodeFailure('unknown-codec', source, [{ path: '(link)', message: `codec ${tag} is unknown` }]);
  const unpacked = codec.unpack(payload);
  if (!unpacked.ok)
    return decodeFailure(unpacked.error, source, [{ path: '(link)', message: unpacked.note }]);
  const text = utf8Text(unpacked.bytes);
  if (text === null) return decodeFailure('not-text', source);
  return decodeJson(text, source);
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** Stage 5: the text, or null when the bytes are not well-formed UTF-8. */
function utf8Text(bytes: Uint8Array): string | null {
  try {
    return strictUtf8.decode(bytes);
  } catch {
    return null;
  }
}

/** Stages 6–10: the shape scan, JSON, then the document. */
function decodeJson(text: string, source: DecodeSource): DecodeResult {
  const shape = jsonShapeProblem(text, DECODE_LIMITS);
  if (shape) return decodeFailure(shape, source);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return decodeFailure('not-json', source, [
      { path: '(input)', message: e instanceof Error ? e.message : 'not JSON' },
    ]);
  }
  const parsed = parseDocument(value);
  if (parsed.ok)
    return { ok: true, doc: parsed.doc, fromVersion: parsed.fromVersion, warnings: parsed.warnings };
  return decodeFailure(PARSE_CODES[parsed.code], source, parsed.errors as DocumentError[]);
}

const PARSE_CODES = {
  'not-a-document': 'not-a-document',
  'future-version': 'future-version',
  invalid: 'invalid-document',
  'broken-references': 'broken-references',
} as const;
