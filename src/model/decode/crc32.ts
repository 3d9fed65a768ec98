/**
 * CRC-32 (the IEEE polynomial of zip, gzip and PNG). Codec 2 of share links carries it over
 * the unpacked JSON because zlib's own Adler-32 misses small changes a damaged link can make:
 * three neighbouring bytes changed by +1, −2, +1 leave both of its sums as they were, so such a
 * link would open as a different diagram. A CRC-32 catches every change confined to 32
 * neighbouring bits, and any other with a chance of 1 in 2³². The PNG export checks its chunks
 * with the same function (src/app/export/pngText.ts).
 */
const TABLE = buildTable();

function buildTable(): Uint32Array {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
}

/** The CRC-32 of `bytes`, as an unsigned 32-bit number. */
export function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (let i = 0; i < bytes.length; i++) c = TABLE[(c ^ bytes[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
