/**
 * Adler-32 checksum (RFC 1950), the checksum at the end of every zlib stream. fflate's
 * streaming inflate does not verify it, so the decoder does: a corrupted link then fails
 * instead of decoding into a different diagram.
 */
export class Adler32 {
  private a = 1;
  private b = 0;

  /** Adds bytes to the running checksum. */
  update(bytes: Uint8Array): void {
    let a = this.a;
    let b = this.b;
    // 5552 bytes is the most that can be summed before b may exceed 2^32 (zlib's NMAX).
    for (let start = 0; start < bytes.length; start += 5552) {
      const end = Math.min(start + 5552, bytes.length);
      for (let i = start; i < end; i++) {
        a += bytes[i];
        b += a;
      }
      a %= 65521;
      b %= 65521;
    }
    this.a = a;
    this.b = b;
  }

  /** The checksum as an unsigned 32-bit number. */
  value(): number {
    return ((this.b << 16) | this.a) >>> 0;
  }
}

/** Adler-32 of `bytes`. */
export function adler32(bytes: Uint8Array): number {
  const sum = new Adler32();
  sum.update(bytes);
  return sum.value();
}
