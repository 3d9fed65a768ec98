import { Inflate } from 'fflate';
import { Adler32, adler32 } from './adler32';

/** What came out of {@link inflateZlib}. */
export type InflateResult =
  | { ok: true; bytes: Uint8Array }
  | { ok: false; problem: InflateProblem; reason: string };

/** Cut short (the stream ends too early), altered (bad header, data or checksum), or a bomb. */
export type InflateProblem = 'incomplete' | 'corrupt' | 'too-large';

/** Bytes fed to the inflater at a time; one chunk can expand at most ~1032×, so the cap is overshot by < 300 kB. */
const CHUNK = 256;

class CapReached extends Error {}

/**
 * Inflates a zlib stream (RFC 1950) with a preset dictionary, checking everything fflate's
 * streaming `Inflate` leaves out: the header (deflate, 32 k window, dictionary id), and the
 * Adler-32 checksum of the output. It stops as soon as the output passes `cap` bytes, so a
 * decompression bomb costs at most a few hundred kB. `inflateSync` with a fixed output
 * buffer is not used because it truncates silently. Never throws.
 */
export function inflateZlib(data: Uint8Array, cap: number, dictionary?: Uint8Array): InflateResult {
  const headerLength = dictionary ? 6 : 2;
  if (data.length < headerLength + 2 + 4)
    return { ok: false, problem: 'incomplete', reason: 'too short for a zlib stream' };
  const cmf = data[0];
  const flg = data[1];
  if ((cmf & 15) !== 8 || cmf >> 4 > 7 || ((cmf << 8) | flg) % 31 !== 0) {
    return { ok: false, problem: 'corrupt', reason: 'not a zlib header' };
  }
  const hasDictionary = (flg & 32) !== 0;
  if (hasDictionary !== Boolean(dictionary))
    return { ok: false, problem: 'corrupt', reason: 'wrong dictionary flag' };
  if (dictionary && readUint32(data, 2) !== adler32(dictionary)) {
    return { ok: false, problem: 'corrupt', reason: 'made with another dictionary' };
  }
  const body = data.subarray(headerLength, data.length - 4);
  const expected = readUint32(data, data.length - 4);

  const parts: Uint8Array[] = [];
  const checksum = new Adler32();
  let total = 0;
  let ended = false;
  const inflater = new Inflate(dictionary ? { dictionary } : {}, (chunk, final) => {
    total += chunk.length;
    if (total > cap) throw new CapReached();
    checksum.update(chunk);
    parts.push(chunk);
    if (final) ended = true;
  });
  try {
    if (body.length === 0) inflater.push(body, true);
    for (let at = 0; at < body.length; at += CHUNK) {
      inflater.push(body.subarray(at, at + CHUNK), at + CHUNK >= body.length);
    }
  } catch (e) {
    if (e instanceof CapReached)
      return { ok: false, problem: 'too-large', reason: `unpacks to more than ${cap} bytes` };
    // fflate's error code 0 is "unexpected EOF": the data stops mid-stream.
    const cutShort = (e as { code?: unknown }).code === 0;
    return {
      ok: false,
      problem: cutShort ? 'incomplete' : 'corrupt',
      reason: e instanceof Error ? e.message : 'inflate failed',
    };
  }
  if (!ended) return { ok: false, problem: 'incomplete', reason: 'the deflate stream did not end' };
  if (checksum.value() !== expected) return { ok: false, problem: 'corrupt', reason: 'checksum mismatch' };
  const bytes = new Uint8Array(total);
  let o = 0;
  for (const p of parts) {
    bytes.set(p, o);
    o += p.length;
  }
  return { ok: true, bytes };
}

function readUint32(data: Uint8Array, at: number): number {
  return ((data[at] << 24) | (data[at + 1] << 16) | (data[at + 2] << 8) | data[at + 3]) >>> 0;
}
