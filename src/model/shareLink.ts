import { CURRENT_LINK_CODEC, LINK_CODECS } from './decode/linkCodecs';
import { stripDefaults } from './defaults';
import type { FaultlineDocument } from './schema';

/**
 * The fragment of a share link for `doc`: `#d=2.<payload>`, where the payload is the
 * document with its defaults stripped, as JSON, zlib-compressed at level 9 with codec 1's
 * preset dictionary and followed by the JSON's CRC-32, in base64url (codec 2,
 * decode/linkCodecs.ts). Open it with `decode(link, 'link')`. The same document
 * always gives the same link.
 */
export function encodeShareLink(doc: FaultlineDocument): string {
  const codec = LINK_CODECS.get(CURRENT_LINK_CODEC)!;
  return `#d=${CURRENT_LINK_CODEC}.${codec.pack(JSON.stringify(stripDefaults(doc)))}`;
}

/** Characters of `doc`'s link fragment (the bench and the Share dialog's "long link" notice). */
export function linkLength(doc: FaultlineDocument): number {
  return encodeShareLink(doc).length;
}

/** Past this many characters the Share dialog suggests the JSON file instead (chat apps cut longer links). */
export const LONG_LINK_CHARS = 8000;

/**
 * The fragment of a comparison link: two share fragments in one, `#d=<left>&b=<right>`,
 * each exactly what {@link encodeShareLink} writes for its document. Open it with
 * `decodeCompareLink`, which sends each side through the one decoder.
 */
export function encodeCompareLink(left: FaultlineDocument, right: FaultlineDocument): string {
  const payload = (doc: FaultlineDocument) => encodeShareLink(doc).slice('#d='.length);
  return `#d=${payload(left)}&b=${payload(right)}`;
}
