/**
 * A document inside a PNG: an `iTXt` chunk (keyword "faultline", uncompressed UTF-8 text)
 * inserted before `IEND`, and read back with every length and checksum verified, because
 * a dropped PNG is hostile input like any link.
 */

import { crc32 } from '../../model/decode/crc32';

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
/** The keyword our chunk carries. */
export const PNG_KEYWORD = 'faultline';
/** Longest text we write or read back (a link is capped near 32 k characters; JSON a little more). */
export const PNG_TEXT_CAP = 2_000_000;

/** Whether `png` starts with the PNG signature. */
export function isPng(png: Uint8Array): boolean {
  return png.length >= 8 && SIGNATURE.every((b, i) => png[i] === b);
}

interface Chunk {
  type: string;
  /** Offset of the chunk's length field. */
  start: number;
  data: Uint8Array;
}

function readU32(bytes: Uint8Array, at: number): number {
  return ((bytes[at] << 24) | (bytes[at + 1] << 16) | (bytes[at + 2] << 8) | bytes[at + 3]) >>> 0;
}

function writeU32(bytes: Uint8Array, at: number, value: number): void {
  bytes[at] = value >>> 24;
  bytes[at + 1] = (value >>> 16) & 0xff;
  bytes[at + 2] = (value >>> 8) & 0xff;
  bytes[at + 3] = value & 0xff;
}

/** The chunks of a PNG, or null when any length runs past the end or a checksum is wrong. */
function readChunks(png: Uint8Array): Chunk[] | null {
  if (!isPng(png)) return null;
  const chunks: Chunk[] = [];
  let at = 8;
  while (at + 12 <= png.length) {
    const length = readU32(png, at);
    if (length > png.length - at - 12) return null;
    const typeAndData = png.subarray(at + 4, at + 8 + length);
    if (crc32(typeAndData) !== readU32(png, at + 8 + length)) return null;
    const type = String.fromCharCode(...typeAndData.subarray(0, 4));
    chunks.push({ type, start: at, data: typeAndData.subarray(4) });
    at += 12 + length;
    if (type === 'IEND') return chunks;
  }
  return null;
}

function chunkBytes(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  writeU32(out, 0, data.length);
  for (let i = 0; i < 4; i++) out[4 + i] = type.charCodeAt(i);
  out.set(data, 8);
  writeU32(out, 8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

/**
 * `png` with an `iTXt` chunk holding `text` under `keyword`, placed just before `IEND`
 * (after the image data, so viewers that stop early still show the picture). Any earlier
 * chunk with the same keyword is dropped. Throws on something that is not a valid PNG:
 * the caller made it, so that is a bug, not hostile input.
 */
export function insertPngText(png: Uint8Array, text: string, keyword = PNG_KEYWORD): Uint8Array {
  const chunks = readChunks(png);
  if (!chunks) throw new Error('not a valid PNG');
  const encoder = new TextEncoder();
  const body = encoder.encode(text);
  if (body.length > PNG_TEXT_CAP) throw new Error('text too long for the PNG');
  // iTXt: keyword, NUL, compression flag 0, method 0, language tag "" NUL, translated keyword "" NUL, text.
  const head = encoder.encode(keyword);
  const data = new Uint8Array(head.length + 5 + body.length);
  data.set(head, 0);
  data.set([0, 0, 0, 0, 0], head.length);
  data.set(body, head.length + 5);
  const parts: Uint8Array[] = [png.subarray(0, 8)];
  for (const chunk of chunks) {
    if (chunk.type === 'IEND') parts.push(chunkBytes('iTXt', data));
    if (chunk.type === 'iTXt' && keywordOf(chunk.data) === keyword) continue;
    parts.push(png.subarray(chunk.start, chunk.start + 12 + chunk.data.length));
  }
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

function keywordOf(data: Uint8Array): string | null {
  const nul = data.indexOf(0);
  if (nul < 1 || nul > 79) return null;
  return String.fromCharCode(...data.subarray(0, nul));
}

/**
 * The text stored under `keyword` in an uncompressed `iTXt` (or Latin-1 `tEXt`) chunk, or
 * null: not a PNG, a damaged chunk, no such keyword, compressed text, invalid UTF-8 or
 * text past the cap. Never throws.
 */
export function extractPngText(png: Uint8Array, keyword = PNG_KEYWORD): string | null {
  try {
    const chunks = readChunks(png);
    if (!chunks) return null;
    for (const chunk of chunks) {
      if (keywordOf(chunk.data) !== keyword) continue;
      const afterKeyword = keyword.length + 1;
      if (chunk.type === 'tEXt') {
        const bytes = chunk.data.subarray(afterKeyword);
        if (bytes.length > PNG_TEXT_CAP) return null;
        return new TextDecoder('latin1').decode(bytes);
      }
      if (chunk.type !== 'iTXt') continue;
      const d = chunk.data;
      if (d.length < afterKeyword + 2 || d[afterKeyword] !== 0) return null; // compressed: we never write it
      const languageEnd = d.indexOf(0, afterKeyword + 2);
      if (languageEnd < 0) return null;
      const translatedEnd = d.indexOf(0, languageEnd + 1);
      if (translatedEnd < 0) return null;
      const bytes = d.subarray(translatedEnd + 1);
      if (bytes.length > PNG_TEXT_CAP) return null;
      return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    }
    return null;
  } catch {
    return null;
  }
}

/**
 * Why `extractPngText` found nothing: the PNG is damaged (a length runs past the end, a
 * checksum is wrong, or our chunk is there but unreadable), or it simply has no chunk
 * under `keyword`. Never throws.
 */
export function missingTextReason(png: Uint8Array, keyword = PNG_KEYWORD): 'damaged' | 'absent' {
  try {
    const chunks = readChunks(png);
    if (!chunks) return 'damaged';
    const ours = chunks.some(
      (c) => (c.type === 'iTXt' || c.type === 'tEXt') && keywordOf(c.data) === keyword,
    );
    return ours ? 'damaged' : 'absent';
  } catch {
    return 'damaged';
  }
}
